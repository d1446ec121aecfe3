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
//! move. Everything smaller goes to the small-block allocator (below).
//!
//! Growing blocks are also faulted in ahead of use on a helper thread (after
//! [`start_prefaulting`]): an arena grows when it is full and then fills the new
//! range from its start, so the helper populates that range with
//! `MADV_POPULATE_WRITE` a window at a time, following the writer (it watches the
//! page after each window with `mincore`), and the kernel zeroes those pages on the
//! otherwise idle core instead of in the evaluation's page faults.
//!
//! The system's policy still decides: with
//! `/sys/kernel/mm/transparent_hugepage/enabled` set to `never`, `madvise` changes
//! nothing and the mappings use ordinary pages. On other systems than Linux the
//! type forwards everything to [`std::alloc::System`].
//!
//! # Small blocks
//! On Linux, blocks below the threshold go to mimalloc instead of glibc's
//! `malloc`: the evaluator's many short-lived small blocks (syntax trees while
//! files are compiled, the strings and maps of a derivation while it is hashed)
//! cost fewer instructions there: `packages` -6.4% and `imports` -6.3% of all
//! their instructions, `pipeline` -1.9%, `modules` -1.2% (`ARCHITECTURE.md`,
//! eleventh session). mimalloc is built with `no_thp`, so it never asks for
//! transparent huge pages for its own regions: with them, every region touched
//! became a 2 MiB page and peak RSS grew by 25–85%; without, by 1–5 MB. Its
//! plain functions are called when the alignment allows (module `mi`).
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
/// The allocator of blocks below [`HUGE_THRESHOLD`] (see "Small blocks").
#[cfg(target_os = "linux")]
use mi::Small;
#[cfg(not(target_os = "linux"))]
use std::alloc::System as Small;

/// mimalloc as a `GlobalAlloc`, calling its plain (unaligned) functions when the
/// alignment allows: the aligned entry points cost a few instructions more on
/// every call, and almost every block asks for 8 bytes or less.
#[cfg(target_os = "linux")]
mod mi {
    use core::alloc::{GlobalAlloc, Layout};
    use core::ffi::c_void;
    use libmimalloc_sys as sys;

    /// Every mimalloc block is aligned to a machine word (its size classes are
    /// whole words); larger alignments take the aligned functions.
    const WORD: usize = core::mem::size_of::<usize>();

    pub(crate) struct Small;

    // SAFETY: the functions are mimalloc's malloc/calloc/realloc/free and their
    // aligned variants, which return blocks of at least the size asked for (or
    // null), aligned to a word or to the alignment given, and free any block either
    // family returned; `realloc` keeps the first `min(old, new)` bytes.
    unsafe impl GlobalAlloc for Small {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: FFI calls with a size and a power-of-two alignment.
            unsafe {
                if layout.align() <= WORD {
                    sys::mi_malloc(layout.size()).cast()
                } else {
                    sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
                }
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: as in `alloc`.
            unsafe {
                if layout.align() <= WORD {
                    sys::mi_zalloc(layout.size()).cast()
                } else {
                    sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            // SAFETY: `ptr` came from one of the functions above.
            unsafe { sys::mi_free(ptr.cast::<c_void>()) }
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: `ptr` came from one of the functions above; the new block
            // keeps the alignment of the old layout.
            unsafe {
                if layout.align() <= WORD {
                    sys::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
                } else {
                    sys::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
                }
            }
        }
    }
}

/// Blocks of at least this many bytes get a huge-page mapping of their own.
///
/// The mapping is rounded up to whole 2 MiB pages, so a block just over this size
/// can make up to 2 MiB resident for 512 KiB used; the evaluator has few such
/// blocks at a time (a dozen arenas and its stacks), so that costs a few MB of
/// peak RSS. In return an arena is a huge mapping from early on: it grows by
/// `mremap` instead of being copied out of the system allocator when it crosses
/// the threshold (with 4 MiB, that copy faulted in fresh huge pages on the
/// evaluating thread), and its first megabytes cost one fault per 2 MiB instead of
/// one per 4 KiB page of glibc's own mappings. Measured against 4 MiB: page faults
/// fell by half to three quarters on every corpus program, median wall time by 2–8%
/// (`ARCHITECTURE.md`, ninth session). A smaller threshold (256 KiB) gained no more.
pub const HUGE_THRESHOLD: usize = 512 << 10;

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
// the small-block allocator unchanged; huge ones get fresh, private, readable and
// writable mappings of at least `layout.size()` bytes aligned to 2 MiB (so to
// `layout.align()`), are unmapped only by `dealloc`/`realloc` with the layout they
// were made for, and `realloc` preserves the first `min(old, new)` bytes (mremap
// moves the pages; the copying paths copy exactly that many).
unsafe impl GlobalAlloc for HugePageAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_huge(layout) {
            sys::map(layout.size(), 0)
        } else {
            // SAFETY: the caller's guarantees (non-zero size) are passed on.
            unsafe { Small.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_huge(layout) {
            // A fresh anonymous mapping reads as zeros.
            sys::map(layout.size(), 0)
        } else {
            // SAFETY: as in `alloc`.
            unsafe { Small.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_huge(layout) {
            // SAFETY: `ptr` came from `sys::map` (or `sys::remap`) for this size.
            unsafe { sys::unmap(ptr, layout.size()) }
        } else {
            // SAFETY: `ptr` came from `Small` with this layout.
            unsafe { Small.dealloc(ptr, layout) }
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
            // SAFETY: `ptr` belongs to `Small` with `layout`, as in `realloc`'s contract.
            (false, false) => unsafe { Small.realloc(ptr, layout, new_size) },
            // Crossing the threshold: the other allocator takes the block over.
            _ => {
                let new = if is_huge(new_layout) {
                    // the copy below fills the start: pre-faulting begins after it
                    sys::map(new_size, layout.size())
                } else {
                    // SAFETY: `new_layout` has a non-zero size (the caller's contract).
                    unsafe { Small.alloc(new_layout) }
                };
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

    /// A fresh huge block of at least `size` bytes, or null. Its first `filled`
    /// bytes are about to be written by the caller (a copy), so pre-faulting
    /// starts after them.
    pub(super) fn map(size: usize, filled: usize) -> *mut u8 {
        let Some(len) = mapping_len(size) else {
            return ptr::null_mut();
        };
        let p = reserve_aligned(len);
        if !p.is_null() {
            advise(p, len);
            let start = mapping_len(filled).unwrap_or(len).min(len);
            crate::prefault::request(0, p as usize, start, len);
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
            crate::prefault::request(p as usize, p as usize, old_len, new_len);
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
        crate::prefault::request(p as usize, dest as usize, old_len, new_len);
        dest
    }
}

/// Pre-faulting in the background: a block that just grew from `old` to `new`
/// bytes is about to be filled from `old` on (the evaluator's arenas grow when
/// full and are written front to back), so a helper thread faults pages in ahead of
/// the writer, and the page zeroing (with huge pages, 2 MiB at a time) happens on
/// the otherwise idle core instead of in the evaluation's page faults.
///
/// The helper cannot see how far the writer has got, so it keeps a *tripwire*: it
/// populates a window of the block (a quarter of its old size, at most 8 MiB) and
/// leaves the huge page right
/// after it untouched. When that page becomes resident (`mincore`), the writer has
/// reached it, and the helper populates the next window beyond it. The writer thus
/// faults one huge page per window instead of every page, and at most a window
/// (plus the tripwire) per growing block is faulted ahead of use, which bounds what
/// this adds to the peak RSS.
#[cfg(target_os = "linux")]
pub(crate) mod prefault {
    use super::HUGE_PAGE;
    use std::sync::{Condvar, Mutex};
    use std::time::Duration;

    /// Pending growth reports (the allocator never blocks on the helper: a report
    /// that finds the queue busy or full is dropped).
    const SLOTS: usize = 16;
    /// Blocks followed at once; a new one replaces the longest-followed when full.
    const TRACKS: usize = 16;
    /// The most bytes populated ahead of the writer per tripwire. A block's
    /// window is a quarter of its size before it grew, in whole huge pages, between
    /// one huge page and this.
    pub(crate) const WINDOW: usize = 8 << 20;
    /// Polling interval of the tripwires while a block advanced recently, and the
    /// longest one it backs off to while nothing moves.
    const POLL_MIN: Duration = Duration::from_micros(200);
    const POLL_MAX: Duration = Duration::from_millis(2);

    /// A growth report: the block's previous base (0 for a new block), its base
    /// now, and its old and new mapping lengths.
    #[derive(Clone, Copy, Default)]
    struct Report {
        from: usize,
        base: usize,
        old: usize,
        new: usize,
    }

    struct Queue {
        items: [Report; SLOTS],
        len: usize,
        started: bool,
    }

    static QUEUE: Mutex<Queue> =
        Mutex::new(Queue { items: [Report { from: 0, base: 0, old: 0, new: 0 }; SLOTS], len: 0, started: false });
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

    /// Reports that the block formerly at `from` (0: a new block) now lies at
    /// `base` and grew from `old` to `new` mapped bytes.
    pub(crate) fn request(from: usize, base: usize, old: usize, new: usize) {
        if new <= old {
            return;
        }
        // never block an allocation on the helper: skip when the queue is busy
        let Ok(mut q) = QUEUE.try_lock() else { return };
        if !q.started || q.len == SLOTS {
            return;
        }
        let n = q.len;
        q.items[n] = Report { from, base, old, new };
        q.len += 1;
        READY.notify_one();
    }

    /// A block being followed: everything of `[.., trip)` that the helper meant to
    /// populate is populated, `trip` (a huge page) is left for the writer to fault.
    #[derive(Clone, Copy)]
    struct Track {
        base: usize,
        trip: usize,
        end: usize,
        window: usize,
    }

    /// Whether the page at `at` is resident; `None` if nothing is mapped there
    /// (the block moved or was freed).
    fn resident(at: usize) -> Option<bool> {
        let mut v = 0u8;
        // SAFETY: mincore only reports on the page (it writes one byte to `v`);
        // an unmapped address is an error, not a fault.
        let r = unsafe { libc::mincore(at as *mut libc::c_void, 4096, &mut v) };
        (r == 0).then_some(v & 1 == 1)
    }

    /// Faults `[from, to)` in, one huge page at a time; false if that failed (the
    /// range is no longer mapped).
    fn populate(from: usize, to: usize) -> bool {
        let mut at = from;
        while at < to {
            // SAFETY: MADV_POPULATE_WRITE only faults pages in (as a write would,
            // without writing); on an unmapped range it returns an error. The range
            // may have been moved or unmapped since it was reported: populating
            // then fails harmlessly, or faults in pages of whatever is mapped there
            // now, which changes no contents.
            let r =
                unsafe { libc::madvise(at as *mut libc::c_void, HUGE_PAGE.min(to - at), libc::MADV_POPULATE_WRITE) };
            if r != 0 {
                return false;
            }
            at += HUGE_PAGE;
        }
        true
    }

    /// Populates the window starting at `at` and returns the track with its
    /// tripwire after it, or `None` when the block is done or gone.
    fn arm(base: usize, at: usize, end: usize, window: usize) -> Option<Track> {
        let stop = at.saturating_add(window).min(end);
        (populate(at, stop) && stop < end).then_some(Track { base, trip: stop, end, window })
    }

    fn worker() {
        let mut tracks: [Option<Track>; TRACKS] = [None; TRACKS];
        let mut poll = POLL_MIN;
        loop {
            let mut reports = [Report::default(); SLOTS];
            let n = {
                let Ok(mut q) = QUEUE.lock() else { return };
                if tracks.iter().all(Option::is_none) {
                    while q.len == 0 {
                        q = match READY.wait(q) {
                            Ok(q) => q,
                            Err(_) => return,
                        };
                    }
                } else if q.len == 0 {
                    q = match READY.wait_timeout(q, poll) {
                        Ok((q, _)) => q,
                        Err(_) => return,
                    };
                }
                let n = q.len;
                reports[..n].copy_from_slice(&q.items[..n]);
                q.len = 0;
                n
            };
            for r in &reports[..n] {
                // the block's earlier track (same place, or where it moved from)
                for t in tracks.iter_mut() {
                    if t.is_some_and(|t| t.base == r.base || t.base == r.from) {
                        *t = None;
                    }
                }
                let window = (r.old / 4).clamp(HUGE_PAGE, WINDOW) & !(HUGE_PAGE - 1);
                let Some(track) = arm(r.base, r.base + r.old, r.base + r.new, window) else { continue };
                let slot = match tracks.iter().position(Option::is_none) {
                    Some(i) => i,
                    None => {
                        tracks.rotate_left(1);
                        TRACKS - 1
                    }
                };
                tracks[slot] = Some(track);
            }
            let mut moved = false;
            for t in tracks.iter_mut() {
                let Some(track) = *t else { continue };
                match resident(track.trip) {
                    None => *t = None,
                    Some(false) => {}
                    Some(true) => {
                        // the writer reached the tripwire: find how far it got, then
                        // arm the next window from there
                        moved = true;
                        let mut at = track.trip + HUGE_PAGE;
                        while at < track.end && resident(at) == Some(true) {
                            at += HUGE_PAGE;
                        }
                        *t = if at < track.end { arm(track.base, at, track.end, track.window) } else { None };
                    }
                }
            }
            poll = if moved || n > 0 { POLL_MIN } else { (poll * 2).min(POLL_MAX) };
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) mod prefault {
    /// No pre-faulting here.
    pub fn start() {}
}

/// Gives the memory the small-block allocator holds free back to the system now
/// (mimalloc otherwise keeps freed pages for a second before it purges them). For a
/// program that has just freed much in small blocks and goes on to allocate big
/// ones, which come from fresh mappings: what it freed then does not stay in its
/// peak RSS. Does nothing where the small blocks are the system allocator's.
pub fn release_free_memory() {
    #[cfg(target_os = "linux")]
    {
        // mimalloc's own entry point (libmimalloc-sys declares it only with its
        // `extended` feature; the library it builds always has it)
        unsafe extern "C" {
            fn mi_collect(force: bool);
        }
        // SAFETY: `mi_collect` only walks mimalloc's own free lists and pages; any
        // thread may call it at any time.
        unsafe { mi_collect(true) };
    }
}

/// Starts the background pre-faulting of growing blocks (see the module docs of
/// `prefault`); call once, early, from the program that installs the allocator.
pub fn start_prefaulting() {
    prefault::start();
}

#[cfg(not(target_os = "linux"))]
mod sys {
    // `is_huge` is always false here: these are never called.
    pub(super) fn map(_size: usize, _filled: usize) -> *mut u8 {
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
        let probe = sys::map(HUGE_THRESHOLD, 0);
        // SAFETY: a fresh mapping of ours, unmapped below.
        let supported = unsafe { libc::madvise(probe.cast(), 4096, libc::MADV_POPULATE_WRITE) } == 0;
        // SAFETY: made just above for this size.
        unsafe { sys::unmap(probe, HUGE_THRESHOLD) };
        if !supported {
            return;
        }
        start_prefaulting();
        let wait_for = |p: *mut u8| {
            let mut waited = 0;
            while !resident(p) && waited < 5000 {
                std::thread::sleep(std::time::Duration::from_millis(1));
                waited += 1;
            }
            resident(p)
        };
        let a = HugePageAlloc;
        let window = prefault::WINDOW;
        let old = 4 * window;
        let new = old + 2 * window + 2 * HUGE_PAGE;
        let layout = Layout::from_size_align(old, 8).unwrap();
        // SAFETY: used within its size, freed once with its final layout.
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            fill(p, old, 3);
            let q = a.realloc(p, layout, new);
            assert!(!q.is_null());
            // the first window past the old size is faulted in by the helper; its
            // tripwire (the huge page after it) and the rest are not
            let trip = q.add(old + window);
            assert!(wait_for(trip.sub(4096)), "the helper faulted in the first window");
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert!(!resident(trip), "the tripwire is left to the writer");
            assert!(!resident(q.add(new - 4096)), "nothing past the window is touched");
            // the writer reaches the tripwire: the next window follows
            *trip = 1;
            let next_end = trip.add(HUGE_PAGE + window);
            assert!(wait_for(next_end.sub(4096)), "the helper followed the writer");
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert!(!resident(next_end), "and stopped a window ahead of it");
            check(q, old, 3);
            a.dealloc(q, Layout::from_size_align(new, 8).unwrap());
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
