//! The `nixlet` command's global allocator.
//!
//! An evaluation keeps its heap in a few large, growing buffers (the value,
//! environment, attribute-entry and string arenas of `nixlet-eval`), and nothing in
//! them is freed before the evaluation ends. With 4 KiB pages, every page of those
//! buffers costs one page fault the first time it is written: measured, 10–40% of
//! the wall time of an allocation-heavy evaluation (more in virtual machines, where
//! a fault is dearer). [`HugePageAlloc`] serves every buffer of at least
//! [`HUGE_THRESHOLD`] bytes from its own anonymous mapping, aligned to 2 MiB and
//! marked `MADV_HUGEPAGE`, so the kernel backs it with transparent huge pages: one
//! fault per 2 MiB instead of 512. Growing such a buffer moves its pages with
//! `mremap` (no copy), onto a 2 MiB-aligned address so the huge pages survive the
//! move. Everything smaller goes to the system allocator.
//!
//! Growing blocks are also faulted in ahead of use on a helper thread (after
//! [`start_prefaulting`]): an arena grows when it is full and then fills the new
//! range from its start, so the first part of that range (a quarter of the old size,
//! at most 32 MiB) is populated with `MADV_POPULATE_WRITE` in the background, and the
//! kernel zeroes those pages on the otherwise idle core instead of in the
//! evaluation's page faults.
//!
//! The system's policy still decides: with
//! `/sys/kernel/mm/transparent_hugepage/enabled` set to `never`, `madvise` changes
//! nothing and the mappings use ordinary pages. On other systems than Linux the
//! type forwards everything to [`std::alloc::System`].
//!
//! Library users of `nixlet` pick their own allocator; only the command line tool
//! installs this one.
//!
//! # Which allocator owns a block
//! `GlobalAlloc::dealloc` and `realloc` receive the block's layout, so the owner
//! is decided from the layout alone: a block is a huge mapping exactly when
//! [`is_huge`] holds for its layout (size at least [`HUGE_THRESHOLD`], alignment at
//! most the page size). `realloc` keeps that invariant by moving a block between
//! the two allocators when the new size crosses the threshold.

#![no_std]

extern crate std;

use core::alloc::{GlobalAlloc, Layout};
use std::alloc::System;

/// Blocks of at least this many bytes get a huge-page mapping of their own.
///
/// Below it, rounding the mapping up to whole 2 MiB pages would waste too much
/// (at this size, at most a third of the mapping), and such blocks are few.
pub const HUGE_THRESHOLD: usize = 4 << 20;

/// The size of a transparent huge page on x86-64 and aarch64 (4 KiB base pages).
pub const HUGE_PAGE: usize = 2 << 20;

/// The largest alignment a huge mapping promises (it is page aligned, and more).
const MAX_ALIGN: usize = 4096;

/// Whether a block of this layout lives in a huge mapping (see the crate docs).
#[inline]
pub fn is_huge(layout: Layout) -> bool {
    cfg!(target_os = "linux") && layout.size() >= HUGE_THRESHOLD && layout.align() <= MAX_ALIGN
}

/// The length of the mapping behind a huge block of `size` bytes: whole huge
/// pages, or `None` on overflow.
#[inline]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))] // used by the Linux backend and tests
fn mapping_len(size: usize) -> Option<usize> {
    size.checked_add(HUGE_PAGE - 1).map(|n| n & !(HUGE_PAGE - 1))
}

/// A global allocator that puts big blocks on transparent huge pages.
///
/// ```ignore
/// #[global_allocator]
/// static ALLOC: nixlet_hugealloc::HugePageAlloc = nixlet_hugealloc::HugePageAlloc;
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct HugePageAlloc;

// SAFETY: every method upholds GlobalAlloc's contract: small layouts are passed to
// `System` unchanged; huge ones get fresh, private, readable and writable mappings
// of at least `layout.size()` bytes aligned to 2 MiB (so to `layout.align()`), are
// unmapped only by `dealloc`/`realloc` with the layout they were made for, and
// `realloc` preserves the first `min(old, new)` bytes (mremap moves the pages; the
// copying paths copy exactly that many).
unsafe impl GlobalAlloc for HugePageAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_huge(layout) {
            sys::map(layout.size())
        } else {
            // SAFETY: the caller's guarantees (non-zero size) are passed on.
            unsafe { System.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_huge(layout) {
            // A fresh anonymous mapping reads as zeros.
            sys::map(layout.size())
        } else {
            // SAFETY: as in `alloc`.
            unsafe { System.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_huge(layout) {
            // SAFETY: `ptr` came from `sys::map` (or `sys::remap`) for this size.
            unsafe { sys::unmap(ptr, layout.size()) }
        } else {
            // SAFETY: `ptr` came from `System` with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A layout with the new size is valid: the caller guarantees that `new_size`
        // rounded up to the alignment does not overflow `isize`.
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return core::ptr::null_mut();
        };
        match (is_huge(layout), is_huge(new_layout)) {
            // SAFETY: `ptr` is a huge block of `layout.size()` bytes.
            (true, true) => unsafe { sys::remap(ptr, layout.size(), new_size) },
            // SAFETY: `ptr` belongs to `System` with `layout`, as in `realloc`'s contract.
            (false, false) => unsafe { System.realloc(ptr, layout, new_size) },
            // Crossing the threshold: the other allocator takes the block over.
            _ => {
                // SAFETY: `new_layout` has a non-zero size (the caller's contract).
                let new = unsafe { self.alloc(new_layout) };
                if !new.is_null() {
                    // SAFETY: both blocks are valid for the copied length and are
                    // distinct allocations, so they do not overlap; `ptr` is then
                    // freed with the layout it was allocated with.
                    unsafe {
                        core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                new
            }
        }
    }
}

#[cfg(target_os = "linux")]
mod sys {
    use super::{HUGE_PAGE, mapping_len};
    use core::ptr;

    /// Reserves `len + HUGE_PAGE` bytes and returns the first 2 MiB-aligned
    /// address in them, with the unaligned head and the tail beyond `len` unmapped
    /// again: what is left is an aligned mapping of exactly `len` bytes.
    fn reserve_aligned(len: usize) -> *mut u8 {
        let Some(over) = len.checked_add(HUGE_PAGE) else {
            return ptr::null_mut();
        };
        // SAFETY: a fresh private anonymous mapping; no existing memory is touched.
        let raw = unsafe {
            libc::mmap(
                ptr::null_mut(),
                over,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if raw == libc::MAP_FAILED {
            return ptr::null_mut();
        }
        let start = raw as usize;
        let aligned = (start + HUGE_PAGE - 1) & !(HUGE_PAGE - 1);
        let head = aligned - start;
        let tail = over - head - len;
        // SAFETY: both ranges lie inside the mapping just made and nothing
        // refers to them; munmap of a zero length is skipped.
        unsafe {
            if head > 0 {
                libc::munmap(raw, head);
            }
            if tail > 0 {
                libc::munmap((aligned + len) as *mut libc::c_void, tail);
            }
        }
        aligned as *mut u8
    }

    /// Asks for huge pages on a mapping. Advice only: failure (THP compiled out,
    /// or disabled for this process) leaves ordinary pages, which is still correct.
    fn advise(addr: *mut u8, len: usize) {
        // SAFETY: `addr..addr+len` is a mapping this allocator owns.
        unsafe {
            libc::madvise(addr.cast(), len, libc::MADV_HUGEPAGE);
        }
    }

    /// A fresh huge block of at least `size` bytes, or null.
    pub(super) fn map(size: usize) -> *mut u8 {
        let Some(len) = mapping_len(size) else {
            return ptr::null_mut();
        };
        let p = reserve_aligned(len);
        if !p.is_null() {
            advise(p, len);
            crate::prefault::request(p as usize, 0, len);
        }
        p
    }

    /// Unmaps a huge block of `size` bytes.
    ///
    /// # Safety
    /// `p` must be a huge block made for `size` bytes, not used afterwards.
    pub(super) unsafe fn unmap(p: *mut u8, size: usize) {
        if let Some(len) = mapping_len(size) {
            // SAFETY: the caller's guarantee: this is exactly our mapping.
            unsafe {
                libc::munmap(p.cast(), len);
            }
        }
    }

    /// Resizes a huge block from `old` to `new` bytes (both at least the threshold).
    ///
    /// # Safety
    /// `p` must be a huge block made for `old` bytes; on success it must not be used
    /// again (the result replaces it); on failure (null) it is untouched.
    pub(super) unsafe fn remap(p: *mut u8, old: usize, new: usize) -> *mut u8 {
        let (Some(old_len), Some(new_len)) = (mapping_len(old), mapping_len(new)) else {
            return ptr::null_mut();
        };
        if new_len == old_len {
            return p;
        }
        if new_len < old_len {
            // SAFETY: the tail beyond `new_len` is part of our mapping and holds
            // nothing the shrunk block keeps.
            unsafe {
                libc::munmap(p.add(new_len).cast(), old_len - new_len);
            }
            return p;
        }
        // Grow in place if the address space after the block is free.
        // SAFETY: without MREMAP_MAYMOVE the mapping either grows where it is or the
        // call fails and changes nothing.
        let grown = unsafe { libc::mremap(p.cast(), old_len, new_len, 0) };
        if grown != libc::MAP_FAILED {
            advise(p, new_len);
            crate::prefault::request(p as usize, old_len, new_len);
            return p;
        }
        // Otherwise move the pages onto a fresh aligned range: MREMAP_FIXED replaces
        // the reservation there, and page tables move without copying the data.
        let dest = reserve_aligned(new_len);
        if dest.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: `p..p+old_len` is our mapping, `dest..dest+new_len` our fresh
        // reservation; on success the old range is gone and `dest` holds its pages.
        let moved = unsafe {
            libc::mremap(
                p.cast(),
                old_len,
                new_len,
                libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED,
                dest.cast::<libc::c_void>(),
            )
        };
        if moved == libc::MAP_FAILED {
            // SAFETY: the reservation is ours and unused.
            unsafe {
                libc::munmap(dest.cast(), new_len);
            }
            return ptr::null_mut();
        }
        advise(dest, new_len);
        crate::prefault::request(dest as usize, old_len, new_len);
        dest
    }
}

/// Pre-faulting in the background: a block that just grew from `old` to `new`
/// bytes is about to be filled from `old` on (the evaluator's arenas grow when
/// full), so a helper thread faults in the first part of that range while the
/// evaluation runs, and the page zeroing (with huge pages, 2 MiB at a time) happens
/// on the otherwise idle core. At most a quarter of the old size (and 32 MiB) is
/// faulted ahead, which bounds what it adds to the peak RSS of an arena that stops
/// growing just after a growth.
#[cfg(target_os = "linux")]
pub(crate) mod prefault {
    use super::HUGE_PAGE;
    use std::sync::{Condvar, Mutex};

    const SLOTS: usize = 16;
    const MAX_AHEAD: usize = 32 << 20;

    struct Queue {
        items: [(usize, usize); SLOTS],
        len: usize,
        started: bool,
    }

    static QUEUE: Mutex<Queue> = Mutex::new(Queue { items: [(0, 0); SLOTS], len: 0, started: false });
    static READY: Condvar = Condvar::new();

    /// Starts the helper thread (once). Until then requests are ignored; a program
    /// that never calls this gets no pre-faulting.
    pub fn start() {
        let Ok(mut q) = QUEUE.lock() else { return };
        if q.started {
            return;
        }
        q.started = std::thread::Builder::new().name("nixlet-prefault".into()).spawn(worker).is_ok();
    }

    pub(crate) fn request(base: usize, old: usize, new: usize) {
        let ahead = (old / 4).clamp(HUGE_PAGE, MAX_AHEAD).min(new.saturating_sub(old));
        if ahead == 0 {
            return;
        }
        // never block an allocation on the helper: skip when the queue is busy
        let Ok(mut q) = QUEUE.try_lock() else { return };
        if !q.started || q.len == SLOTS {
            return;
        }
        let n = q.len;
        q.items[n] = (base + old, ahead);
        q.len += 1;
        READY.notify_one();
    }

    fn worker() {
        loop {
            let (addr, len) = {
                let Ok(mut q) = QUEUE.lock() else { return };
                while q.len == 0 {
                    q = match READY.wait(q) {
                        Ok(q) => q,
                        Err(_) => return,
                    };
                }
                let item = q.items[0];
                q.items.copy_within(1.., 0);
                q.len -= 1;
                item
            };
            // One huge page at a time. The range may have been moved or unmapped
            // since (a later growth): populating then fails harmlessly, or faults in
            // pages of whatever is mapped there now, which changes no contents.
            let mut at = addr;
            while at < addr + len {
                // SAFETY: MADV_POPULATE_WRITE only faults pages in (as a write
                // would, without writing); on an unmapped range it returns an error.
                let r = unsafe {
                    libc::madvise(at as *mut libc::c_void, HUGE_PAGE.min(addr + len - at), libc::MADV_POPULATE_WRITE)
                };
                if r != 0 {
                    break;
                }
                at += HUGE_PAGE;
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) mod prefault {
    /// No pre-faulting here.
    pub fn start() {}
}

/// Starts the background pre-faulting of growing blocks (see the module docs of
/// `prefault`); call once, early, from the program that installs the allocator.
pub fn start_prefaulting() {
    prefault::start();
}

#[cfg(not(target_os = "linux"))]
mod sys {
    // `is_huge` is always false here: these are never called.
    pub(super) fn map(_size: usize) -> *mut u8 {
        core::ptr::null_mut()
    }
    pub(super) unsafe fn unmap(_p: *mut u8, _size: usize) {}
    pub(super) unsafe fn remap(_p: *mut u8, _old: usize, _new: usize) -> *mut u8 {
        core::ptr::null_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_follows_the_layout() {
        let big = Layout::from_size_align(HUGE_THRESHOLD, 8).unwrap();
        let small = Layout::from_size_align(HUGE_THRESHOLD - 1, 8).unwrap();
        let over_aligned = Layout::from_size_align(HUGE_THRESHOLD, 8192).unwrap();
        assert_eq!(is_huge(big), cfg!(target_os = "linux"));
        assert!(!is_huge(small));
        assert!(!is_huge(over_aligned));
        assert_eq!(mapping_len(1), Some(HUGE_PAGE));
        assert_eq!(mapping_len(HUGE_PAGE), Some(HUGE_PAGE));
        assert_eq!(mapping_len(HUGE_PAGE + 1), Some(2 * HUGE_PAGE));
        assert_eq!(mapping_len(usize::MAX), None);
    }

    /// Fills `len` bytes with a pattern derived from the index.
    fn fill(p: *mut u8, len: usize, seed: u8) {
        for i in (0..len).step_by(4093) {
            // SAFETY: `i < len`, inside the block.
            unsafe { *p.add(i) = (i as u8).wrapping_add(seed) };
        }
    }

    fn check(p: *const u8, len: usize, seed: u8) {
        for i in (0..len).step_by(4093) {
            // SAFETY: `i < len`, inside the block.
            assert_eq!(unsafe { *p.add(i) }, (i as u8).wrapping_add(seed), "byte {i}");
        }
    }

    #[test]
    fn blocks_keep_their_contents_across_every_realloc_path() {
        let a = HugePageAlloc;
        let small = Layout::from_size_align(1 << 20, 8).unwrap();
        // SAFETY: each block is used within its current size and freed once, with
        // the layout of its last (re)allocation.
        unsafe {
            let p = a.alloc(small);
            assert!(!p.is_null());
            fill(p, 1 << 20, 1);
            // small -> huge (copy), huge -> bigger huge (mremap), huge -> smaller
            // huge (shrink), huge -> small (copy).
            let sizes = [HUGE_THRESHOLD + 12_345, 64 << 20, HUGE_THRESHOLD, 100_000];
            let mut cur = p;
            let mut cur_layout = small;
            let mut live = 1 << 20;
            for (k, &size) in sizes.iter().enumerate() {
                let q = a.realloc(cur, cur_layout, size);
                assert!(!q.is_null());
                let kept = live.min(size);
                check(q, kept, 1);
                if is_huge(Layout::from_size_align(size, 8).unwrap()) {
                    assert_eq!(q as usize % HUGE_PAGE, 0, "step {k}: huge blocks are aligned");
                }
                fill(q, size, 1);
                cur = q;
                cur_layout = Layout::from_size_align(size, 8).unwrap();
                live = size;
            }
            a.dealloc(cur, cur_layout);
        }
    }

    /// Whether the page at `p` is resident.
    #[cfg(target_os = "linux")]
    fn resident(p: *mut u8) -> bool {
        let mut v = 0u8;
        // SAFETY: `p` is page aligned inside a live mapping; `v` receives one byte.
        let r = unsafe { libc::mincore(p.cast(), 4096, &mut v) };
        r == 0 && v & 1 == 1
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_grown_block_is_faulted_in_ahead_of_use() {
        // The kernel must support MADV_POPULATE_WRITE (Linux 5.14) for this to hold.
        let probe = sys::map(HUGE_THRESHOLD);
        // SAFETY: a fresh mapping of ours, unmapped below.
        let supported = unsafe { libc::madvise(probe.cast(), 4096, libc::MADV_POPULATE_WRITE) } == 0;
        // SAFETY: made just above for this size.
        unsafe { sys::unmap(probe, HUGE_THRESHOLD) };
        if !supported {
            return;
        }
        start_prefaulting();
        let a = HugePageAlloc;
        let old = 16 << 20;
        let layout = Layout::from_size_align(old, 8).unwrap();
        // SAFETY: used within its size, freed once with its final layout.
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            fill(p, old, 3);
            let q = a.realloc(p, layout, 2 * old);
            assert!(!q.is_null());
            // the first quarter of the old size past it is faulted in by the helper,
            // the rest of the new range is not
            let ahead = q.add(old + old / 4 - 4096);
            let beyond = q.add(2 * old - 4096);
            let mut waited = 0;
            while !resident(ahead) && waited < 5000 {
                std::thread::sleep(std::time::Duration::from_millis(1));
                waited += 1;
            }
            assert!(resident(ahead), "the helper faulted in the range ahead");
            assert!(!resident(beyond), "nothing past the look-ahead is touched");
            check(q, old, 3);
            a.dealloc(q, Layout::from_size_align(2 * old, 8).unwrap());
        }
    }

    #[test]
    fn zeroed_huge_blocks_read_as_zero() {
        let a = HugePageAlloc;
        let layout = Layout::from_size_align(HUGE_THRESHOLD + 1, 64).unwrap();
        // SAFETY: read within the block, freed once with its layout.
        unsafe {
            let p = a.alloc_zeroed(layout);
            assert!(!p.is_null());
            for i in (0..layout.size()).step_by(4096) {
                assert_eq!(*p.add(i), 0);
            }
            a.dealloc(p, layout);
        }
    }

    #[test]
    fn many_growing_buffers_interleaved() {
        // Several Vecs doubling side by side, as the evaluator's arenas do: the
        // mremap moves must never overlap one another.
        let a = HugePageAlloc;
        let mut blocks: [(usize, usize); 4] = [(0, 0); 4];
        // SAFETY: as above; every block is freed once with its current layout.
        unsafe {
            for (i, b) in blocks.iter_mut().enumerate() {
                let l = Layout::from_size_align(HUGE_THRESHOLD, 8).unwrap();
                let p = a.alloc(l);
                assert!(!p.is_null());
                fill(p, l.size(), i as u8);
                *b = (p as usize, l.size());
            }
            for round in 0..4 {
                for (i, b) in blocks.iter_mut().enumerate() {
                    let l = Layout::from_size_align(b.1, 8).unwrap();
                    let new = b.1 * 2 + round;
                    let q = a.realloc(b.0 as *mut u8, l, new);
                    assert!(!q.is_null());
                    check(q, b.1, i as u8);
                    fill(q, new, i as u8);
                    *b = (q as usize, new);
                }
            }
            for (i, b) in blocks.iter().enumerate() {
                check(b.0 as *const u8, b.1, i as u8);
                a.dealloc(b.0 as *mut u8, Layout::from_size_align(b.1, 8).unwrap());
            }
        }
    }
}
