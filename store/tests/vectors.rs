//! Test vectors computed by C++ Nix 2.8.0 (see `data/gen-vectors.sh`):
//! derivation ATerms, `.drv` and output paths (input-addressed, fixed-output
//! flat/recursive with every algorithm and hash encoding, multiple outputs,
//! dependencies on other derivations and sources), `builtins.toFile` paths,
//! `builtins.path` / `filterSource` paths and NAR serialisations.

use nixlet_store::content_address::ContentAddressMethod;
use nixlet_store::derivation::{Derivation, DerivationOutput, DrvHashCache};
use nixlet_store::hash::{Hash, HashAlgo, hash_bytes};
use nixlet_store::nar::{nar_bytes, nar_hash};
use nixlet_store::path::{StoreDir, StorePath};
use nixlet_store::tree::{FilteredTree, MemNode, MemTree, NodeKind, Selector};
use nixlet_store::{Error, Result};
use std::collections::BTreeSet;

/// How the evaluator would have declared a fixed output.
struct Fod {
    mode: &'static str,
    algo: Option<&'static str>,
    hash: &'static str,
}

struct DrvVector {
    key: &'static str,
    drv_path: &'static str,
    outputs: &'static [(&'static str, &'static str)],
    fod: Option<Fod>,
    aterm: &'static str,
}

/// Derivations instantiated by Nix 2.8.0 (`tests/data/gen-vectors.sh`).
const DRVS: &[DrvVector] = &[
    DrvVector {
        key: "eco",
        drv_path: "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv",
        outputs: &[("out", "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test","","")],[],[],"x86_64-linux","/bin/sh",["-c","echo hi > $out"],[("builder","/bin/sh"),("name","eco-test"),("out","/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "escapes",
        drv_path: "/nix/store/z12j1565pqg141j2p52lbc5hiiby6gii-escapes.drv",
        outputs: &[("out", "/nix/store/mslf37igks5mvf50a0p25az258v45n73-escapes")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/mslf37igks5mvf50a0p25az258v45n73-escapes","","")],[],[],"x86_64-linux","/bin/sh",["-c","printf '%s\\n' \"$x\"","tab\there","cr\rlf\n"],[("builder","/bin/sh"),("name","escapes"),("out","/nix/store/mslf37igks5mvf50a0p25az258v45n73-escapes"),("system","x86_64-linux"),("x","quote\" back\\slash")])"##,
    },
    DrvVector {
        key: "fod-flat-md5-base16",
        drv_path: "/nix/store/i6s3b08jagvhgyxjyjp372k5xhinjqa2-fod-flat-md5.drv",
        outputs: &[("out", "/nix/store/xsvbkdp7yxgnqcqyrxysgwqq7v2ybgg1-fod-flat-md5")],
        fod: Some(Fod { mode: "flat", algo: Some("md5"), hash: "c5d5f6781a3f912556705d81acafb641" }),
        aterm: r##"Derive([("out","/nix/store/xsvbkdp7yxgnqcqyrxysgwqq7v2ybgg1-fod-flat-md5","md5","c5d5f6781a3f912556705d81acafb641")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-flat-md5"),("out","/nix/store/xsvbkdp7yxgnqcqyrxysgwqq7v2ybgg1-fod-flat-md5"),("outputHash","c5d5f6781a3f912556705d81acafb641"),("outputHashAlgo","md5"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-flat-sha1-nix32",
        drv_path: "/nix/store/pj7g30zyb42d47ypfzsnl30yrhlq9x16-fod-flat-sha1.drv",
        outputs: &[("out", "/nix/store/xbj7rn4h7pk6q3v4cflz95w8dxcar7cc-fod-flat-sha1")],
        fod: Some(Fod { mode: "flat", algo: Some("sha1"), hash: "c5ywmvlj9bdfijs56va9savsrbam2ywr" }),
        aterm: r##"Derive([("out","/nix/store/xbj7rn4h7pk6q3v4cflz95w8dxcar7cc-fod-flat-sha1","sha1","997b51d5ca7a2b9dd43645cbe8da4a92eeca7d61")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-flat-sha1"),("out","/nix/store/xbj7rn4h7pk6q3v4cflz95w8dxcar7cc-fod-flat-sha1"),("outputHash","c5ywmvlj9bdfijs56va9savsrbam2ywr"),("outputHashAlgo","sha1"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-flat-sha256-base64",
        drv_path: "/nix/store/jgd1qis1acx4ly1ddyv0wjmf5wxzz5xy-fod-flat-sha256.drv",
        outputs: &[("out", "/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256")],
        fod: Some(Fod { mode: "flat", algo: Some("sha256"), hash: "YGobytbPEGpLBZ+arCbykFTH5D51yXS8TDN6BCb81lw=" }),
        aterm: r##"Derive([("out","/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256","sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-flat-sha256"),("out","/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256"),("outputHash","YGobytbPEGpLBZ+arCbykFTH5D51yXS8TDN6BCb81lw="),("outputHashAlgo","sha256"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-flat-sha256-hello",
        drv_path: "/nix/store/9pfxkw791f6yrcfgd5fkv2jxfx3svlid-hello-out.drv",
        outputs: &[("out", "/nix/store/aiskdg9jw2aihxjc5mx287mq9sm8sgh6-hello-out")],
        fod: Some(Fod {
            mode: "flat",
            algo: Some("sha256"),
            hash: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        }),
        aterm: r##"Derive([("out","/nix/store/aiskdg9jw2aihxjc5mx287mq9sm8sgh6-hello-out","sha256","2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","hello-out"),("out","/nix/store/aiskdg9jw2aihxjc5mx287mq9sm8sgh6-hello-out"),("outputHash","2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),("outputHashAlgo","sha256"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-flat-sha256-prefixed",
        drv_path: "/nix/store/i8hvj5rsja2ifgk2j52dlz534jnhw3ag-fod-flat-sha256.drv",
        outputs: &[("out", "/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256")],
        fod: Some(Fod {
            mode: "flat",
            algo: None,
            hash: "sha256:0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0",
        }),
        aterm: r##"Derive([("out","/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256","sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-flat-sha256"),("out","/nix/store/kabyd3wnvab9m3krqcs0lypl45j9bbaf-fod-flat-sha256"),("outputHash","sha256:0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-flat-sha512-sri",
        drv_path: "/nix/store/pq05kszpm96vgrxql0rx827i7pnqdgc0-fod-flat-sha512.drv",
        outputs: &[("out", "/nix/store/hzyhxfzqx7yj69vxwzyjnb6cwfkmkbs8-fod-flat-sha512")],
        fod: Some(Fod {
            mode: "flat",
            algo: None,
            hash: "sha512-Au9Um04QDBX4OlwzNfaRRV8G2b/tdT5rzZBkP7sH2dSWZXilHrVaTf2ynPdPfL8Q8sJvqmvk2v8eqmuTrxJFQA==",
        }),
        aterm: r##"Derive([("out","/nix/store/hzyhxfzqx7yj69vxwzyjnb6cwfkmkbs8-fod-flat-sha512","sha512","02ef549b4e100c15f83a5c3335f691455f06d9bfed753e6bcd90643fbb07d9d4966578a51eb55a4dfdb29cf74f7cbf10f2c26faa6be4daff1eaa6b93af124540")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-flat-sha512"),("out","/nix/store/hzyhxfzqx7yj69vxwzyjnb6cwfkmkbs8-fod-flat-sha512"),("outputHash","sha512-Au9Um04QDBX4OlwzNfaRRV8G2b/tdT5rzZBkP7sH2dSWZXilHrVaTf2ynPdPfL8Q8sJvqmvk2v8eqmuTrxJFQA=="),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-md5-sri",
        drv_path: "/nix/store/z63sfk92rcahvp0b2ni0j48shq15d8cy-fod-rec-md5.drv",
        outputs: &[("out", "/nix/store/z59ammxxvn0zhmf20lz85xsfcd8dm9dy-fod-rec-md5")],
        fod: Some(Fod { mode: "recursive", algo: Some("md5"), hash: "md5-xdX2eBo/kSVWcF2BrK+2QQ==" }),
        aterm: r##"Derive([("out","/nix/store/z59ammxxvn0zhmf20lz85xsfcd8dm9dy-fod-rec-md5","r:md5","c5d5f6781a3f912556705d81acafb641")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-md5"),("out","/nix/store/z59ammxxvn0zhmf20lz85xsfcd8dm9dy-fod-rec-md5"),("outputHash","md5-xdX2eBo/kSVWcF2BrK+2QQ=="),("outputHashAlgo","md5"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-sha1-base64",
        drv_path: "/nix/store/n26nn08cnydfvlz3zx8g96vg1dfddcrz-fod-rec-sha1.drv",
        outputs: &[("out", "/nix/store/hxy03iwqgi7hz003pza6lb201v1wxnz3-fod-rec-sha1")],
        fod: Some(Fod { mode: "recursive", algo: Some("sha1"), hash: "mXtR1cp6K53UNkXL6NpKku7KfWE=" }),
        aterm: r##"Derive([("out","/nix/store/hxy03iwqgi7hz003pza6lb201v1wxnz3-fod-rec-sha1","r:sha1","997b51d5ca7a2b9dd43645cbe8da4a92eeca7d61")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-sha1"),("out","/nix/store/hxy03iwqgi7hz003pza6lb201v1wxnz3-fod-rec-sha1"),("outputHash","mXtR1cp6K53UNkXL6NpKku7KfWE="),("outputHashAlgo","sha1"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-sha256-base16",
        drv_path: "/nix/store/0dwmnwyp42ij5641x53rfabsd95fcw4x-fod-rec-sha256.drv",
        outputs: &[("out", "/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256")],
        fod: Some(Fod {
            mode: "recursive",
            algo: Some("sha256"),
            hash: "606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c",
        }),
        aterm: r##"Derive([("out","/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256","r:sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-sha256"),("out","/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256"),("outputHash","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c"),("outputHashAlgo","sha256"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-sha256-nix32",
        drv_path: "/nix/store/1v65mw0kwhakszf4yq9pdadzkpa89kv9-fod-rec-sha256.drv",
        outputs: &[("out", "/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256")],
        fod: Some(Fod {
            mode: "recursive",
            algo: Some("sha256"),
            hash: "0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0",
        }),
        aterm: r##"Derive([("out","/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256","r:sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-sha256"),("out","/nix/store/7hrl0vqs6fnf19lyvad1j4n9d6ax893i-fod-rec-sha256"),("outputHash","0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0"),("outputHashAlgo","sha256"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-sha512-base16",
        drv_path: "/nix/store/8pkm6w5zj48j6zj7fdn44zmlfj917kvr-fod-rec-sha512.drv",
        outputs: &[("out", "/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512")],
        fod: Some(Fod {
            mode: "recursive",
            algo: Some("sha512"),
            hash: "02ef549b4e100c15f83a5c3335f691455f06d9bfed753e6bcd90643fbb07d9d4966578a51eb55a4dfdb29cf74f7cbf10f2c26faa6be4daff1eaa6b93af124540",
        }),
        aterm: r##"Derive([("out","/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512","r:sha512","02ef549b4e100c15f83a5c3335f691455f06d9bfed753e6bcd90643fbb07d9d4966578a51eb55a4dfdb29cf74f7cbf10f2c26faa6be4daff1eaa6b93af124540")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-sha512"),("out","/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512"),("outputHash","02ef549b4e100c15f83a5c3335f691455f06d9bfed753e6bcd90643fbb07d9d4966578a51eb55a4dfdb29cf74f7cbf10f2c26faa6be4daff1eaa6b93af124540"),("outputHashAlgo","sha512"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-rec-sha512-nix32",
        drv_path: "/nix/store/m8gd1p7n9cpz2lg1qaglsk6lls43jx76-fod-rec-sha512.drv",
        outputs: &[("out", "/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512")],
        fod: Some(Fod {
            mode: "recursive",
            algo: Some("sha512"),
            hash: "104a4mgjdmsl7pzvbj6pakgqbr11gvw9zvrrcpx9mdba7m5g1jrdm6r0yxkyr4hrmmkwxgdpzchcps5j7v3acsw7bw1a30h9sdm9vq2",
        }),
        aterm: r##"Derive([("out","/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512","r:sha512","02ef549b4e100c15f83a5c3335f691455f06d9bfed753e6bcd90643fbb07d9d4966578a51eb55a4dfdb29cf74f7cbf10f2c26faa6be4daff1eaa6b93af124540")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fod-rec-sha512"),("out","/nix/store/bv380g48hkxiz663nipcnnz5zmqqmpk1-fod-rec-sha512"),("outputHash","104a4mgjdmsl7pzvbj6pakgqbr11gvw9zvrrcpx9mdba7m5g1jrdm6r0yxkyr4hrmmkwxgdpzchcps5j7v3acsw7bw1a30h9sdm9vq2"),("outputHashAlgo","sha512"),("outputHashMode","recursive"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-same-a",
        drv_path: "/nix/store/rx243zi0mxxg89z08m9mj74qnf69i830-fetch.drv",
        outputs: &[("out", "/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch")],
        fod: Some(Fod {
            mode: "flat",
            algo: Some("sha256"),
            hash: "606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c",
        }),
        aterm: r##"Derive([("out","/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch","sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",[],[("builder","/bin/sh"),("name","fetch"),("out","/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch"),("outputHash","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c"),("outputHashAlgo","sha256"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "fod-same-b",
        drv_path: "/nix/store/7vilnp36ppyzz27bzm2cgfs5gr2wg0m9-fetch.drv",
        outputs: &[("out", "/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch")],
        fod: Some(Fod {
            mode: "flat",
            algo: Some("sha256"),
            hash: "0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0",
        }),
        aterm: r##"Derive([("out","/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch","sha256","606a1bcad6cf106a4b059f9aac26f29054c7e43e75c974bc4c337a0426fcd65c")],[],[],"x86_64-linux","/bin/sh",["-c","other recipe"],[("builder","/bin/sh"),("name","fetch"),("out","/nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch"),("outputHash","0p6nzhk08yik9jy79jbm7vjcfm4hy8kar6lz0m5nl46gsv51nsk0"),("outputHashAlgo","sha256"),("outputHashMode","flat"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "multi",
        drv_path: "/nix/store/zxai9jpvndr9pclw496mh6wjbw73xzm1-multi.drv",
        outputs: &[
            ("dev", "/nix/store/ngx7a0yyiz3bj0pl1ajii9vrwcbi04pn-multi-dev"),
            ("lib", "/nix/store/9ly65gywr81z1vifl6vvjnxih29s05km-multi-lib"),
            ("out", "/nix/store/mm0dkz23qzw5yabm83jvj347jhjmpd4x-multi"),
        ],
        fod: None,
        aterm: r##"Derive([("dev","/nix/store/ngx7a0yyiz3bj0pl1ajii9vrwcbi04pn-multi-dev","",""),("lib","/nix/store/9ly65gywr81z1vifl6vvjnxih29s05km-multi-lib","",""),("out","/nix/store/mm0dkz23qzw5yabm83jvj347jhjmpd4x-multi","","")],[],[],"x86_64-linux","/bin/sh",["-c","mkdir $out $dev $lib"],[("builder","/bin/sh"),("dev","/nix/store/ngx7a0yyiz3bj0pl1ajii9vrwcbi04pn-multi-dev"),("lib","/nix/store/9ly65gywr81z1vifl6vvjnxih29s05km-multi-lib"),("name","multi"),("out","/nix/store/mm0dkz23qzw5yabm83jvj347jhjmpd4x-multi"),("outputs","out dev lib"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "structured",
        drv_path: "/nix/store/ki78f74kf5a9jj43gxp156vaaadjz9qb-structured.drv",
        outputs: &[
            ("doc", "/nix/store/lqmd5wwpr69zxlr0ld7nrnw9zfrcxl0x-structured-doc"),
            ("out", "/nix/store/r8lcpbdgxni8yfaaggw1kwxsbvnmz1qs-structured"),
        ],
        fod: None,
        aterm: r##"Derive([("doc","/nix/store/lqmd5wwpr69zxlr0ld7nrnw9zfrcxl0x-structured-doc","",""),("out","/nix/store/r8lcpbdgxni8yfaaggw1kwxsbvnmz1qs-structured","","")],[],[],"x86_64-linux","/bin/sh",[],[("__json","{\"builder\":\"/bin/sh\",\"list\":[1,\"two\",{\"three\":3}],\"name\":\"structured\",\"outputs\":[\"out\",\"doc\"],\"system\":\"x86_64-linux\"}"),("doc","/nix/store/lqmd5wwpr69zxlr0ld7nrnw9zfrcxl0x-structured-doc"),("out","/nix/store/r8lcpbdgxni8yfaaggw1kwxsbvnmz1qs-structured")])"##,
    },
    DrvVector {
        key: "uses-eco",
        drv_path: "/nix/store/ayx6znf4pqij1qnb3h952ljin18zhvik-uses-eco.drv",
        outputs: &[("out", "/nix/store/ydbx6n8gxybc400i6szxbl9kk0kky6c0-uses-eco")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/ydbx6n8gxybc400i6szxbl9kk0kky6c0-uses-eco","","")],[("/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv",["out"])],[],"x86_64-linux","/bin/sh",["-c","cat /nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test > $out"],[("builder","/bin/sh"),("name","uses-eco"),("out","/nix/store/ydbx6n8gxybc400i6szxbl9kk0kky6c0-uses-eco"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "uses-fods",
        drv_path: "/nix/store/10x3if44vv222bk6ylsr5cynsblzszlq-uses-fods.drv",
        outputs: &[("out", "/nix/store/2ml5lc06agzvp9rmg5j3hxlbq422m7l7-uses-fods")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/2ml5lc06agzvp9rmg5j3hxlbq422m7l7-uses-fods","","")],[("/nix/store/7vilnp36ppyzz27bzm2cgfs5gr2wg0m9-fetch.drv",["out"]),("/nix/store/n26nn08cnydfvlz3zx8g96vg1dfddcrz-fod-rec-sha1.drv",["out"]),("/nix/store/rx243zi0mxxg89z08m9mj74qnf69i830-fetch.drv",["out"])],[],"x86_64-linux","/bin/sh",["-c","cat /nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch /nix/store/55k06mfl2ga35z8yir2pznvj6z8xjsvf-fetch /nix/store/hxy03iwqgi7hz003pza6lb201v1wxnz3-fod-rec-sha1"],[("builder","/bin/sh"),("name","uses-fods"),("out","/nix/store/2ml5lc06agzvp9rmg5j3hxlbq422m7l7-uses-fods"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "uses-multi",
        drv_path: "/nix/store/z8znxkr7fmakf4k00gr6pmpm3iqj9jg1-uses-multi.drv",
        outputs: &[("out", "/nix/store/i6dfv8li70z1ygym2l7lfnk5paknp8c9-uses-multi")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/i6dfv8li70z1ygym2l7lfnk5paknp8c9-uses-multi","","")],[("/nix/store/zxai9jpvndr9pclw496mh6wjbw73xzm1-multi.drv",["dev","lib"])],[],"x86_64-linux","/bin/sh",["-c","ls /nix/store/ngx7a0yyiz3bj0pl1ajii9vrwcbi04pn-multi-dev /nix/store/9ly65gywr81z1vifl6vvjnxih29s05km-multi-lib"],[("builder","/bin/sh"),("name","uses-multi"),("out","/nix/store/i6dfv8li70z1ygym2l7lfnk5paknp8c9-uses-multi"),("system","x86_64-linux")])"##,
    },
    DrvVector {
        key: "uses-srcs",
        drv_path: "/nix/store/mb3yg1hy4lzq1irifqbr27alllwcpk5m-uses-srcs.drv",
        outputs: &[("out", "/nix/store/aa12bxbwd32ys9cf50m270pr0c3pj6ds-uses-srcs")],
        fod: None,
        aterm: r##"Derive([("out","/nix/store/aa12bxbwd32ys9cf50m270pr0c3pj6ds-uses-srcs","","")],[],["/nix/store/cj5djy226fzmw12fbdni96lp34b8m5w0-src","/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt"],"x86_64-linux","/bin/sh",["-c","cat /nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt /nix/store/cj5djy226fzmw12fbdni96lp34b8m5w0-src/hello.txt"],[("builder","/bin/sh"),("name","uses-srcs"),("out","/nix/store/aa12bxbwd32ys9cf50m270pr0c3pj6ds-uses-srcs"),("system","x86_64-linux")])"##,
    },
];

const TEXTS: [(&str, &str); 2] = [
    ("hello", "/nix/store/q790zdjk75hm2cn42nh77pqw4gbv1b88-hello.txt"),
    ("refs", "/nix/store/354d53xx2val4fj23hanbhfx31clrgfi-refs"),
];
const PATHS: [(&str, &str); 6] = [
    ("filtered", "/nix/store/n8rc7fgwlhq9cajs2s5hfdw1zhbdanbv-src"),
    ("filtered-dir", "/nix/store/5hcckk27xyaqgnfzh1sfz325liy3dv7m-no-sub"),
    ("flat", "/nix/store/06gnhc6bhifichmd4cvqvc34kdb5qwmj-hello-flat"),
    ("interpolated", "/nix/store/cj5djy226fzmw12fbdni96lp34b8m5w0-src"),
    ("recursive-file", "/nix/store/vhm14mqv1z8hl8qrg4v7zd1rqly2ki3k-run.sh"),
    ("src", "/nix/store/cj5djy226fzmw12fbdni96lp34b8m5w0-src"),
];
const SRC_NAR_SHA256_NIX32: &str = "10x8zdsrsibfari5m025s5x52njm7zijmna20j1glk9vhpkqvbvw";
const SRC_NAR_LEN: u64 = 1272;
const HELLO_NAR_HEX: &str = "0d000000000000006e69782d617263686976652d3100000001000000000000002800000000000000040000000000000074797065000000000700000000000000726567756c6172000800000000000000636f6e74656e7473060000000000000068656c6c6f0a000001000000000000002900000000000000";
const LINK_NAR_HEX: &str = "0d000000000000006e69782d617263686976652d310000000100000000000000280000000000000004000000000000007479706500000000070000000000000073796d6c696e6b0006000000000000007461726765740000090000000000000068656c6c6f2e7478740000000000000001000000000000002900000000000000";

fn dir() -> StoreDir {
    StoreDir::default()
}

fn parse_vector(v: &DrvVector) -> Derivation {
    let dir = dir();
    let path = dir.parse_path(v.drv_path).unwrap();
    Derivation::parse_drv_file(&dir, &path, v.aterm).unwrap()
}

/// Finds a recorded derivation by path (what a store's `read_derivation`
/// would do).
fn lookup(path: &StorePath) -> Result<Derivation> {
    let full = dir().print(path);
    DRVS.iter().find(|v| v.drv_path == full).map(parse_vector).ok_or(Error::InvalidPath(full))
}

#[test]
fn there_are_enough_vectors() {
    assert!(DRVS.len() >= 20);
    assert!(DRVS.iter().filter(|v| v.fod.is_some()).count() >= 12);
}

#[test]
fn aterm_round_trips_byte_for_byte() {
    let dir = dir();
    for v in DRVS {
        let drv = parse_vector(v);
        assert_eq!(drv.to_aterm(&dir).unwrap(), v.aterm, "{}", v.key);
        assert_eq!(dir.print(&drv.drv_path(&dir).unwrap()), v.drv_path, "{}", v.key);
        for (name, path) in v.outputs {
            let out = drv.outputs.get(*name).unwrap();
            let p = out.path(&dir, &drv.name, name).unwrap().unwrap();
            assert_eq!(dir.print(&p), *path, "{} output {name}", v.key);
        }
    }
}

/// Strips what `derivationStrict` computes (output paths, their environment
/// entries) and recomputes it from the declared outputs, the way the
/// evaluator will: the result must be exactly Nix's derivation.
#[test]
fn output_paths_are_recomputed_exactly() {
    let dir = dir();
    let mut cache = DrvHashCache::new();
    for v in DRVS {
        let want = parse_vector(v);
        let mut drv = want.clone();
        for (name, out) in drv.outputs.iter_mut() {
            drv.env.remove(name);
            *out = match &v.fod {
                None => DerivationOutput::Deferred,
                Some(f) => {
                    let method = ContentAddressMethod::parse_output_hash_mode(f.mode).unwrap();
                    let algo = f.algo.map(|a| HashAlgo::parse(a).unwrap());
                    DerivationOutput::CAFixed { method, hash: Hash::parse_allow_empty(f.hash, algo).unwrap() }
                }
            };
        }
        cache.fill_in_output_paths(&dir, &mut drv, &mut lookup).unwrap();
        assert_eq!(drv, want, "{}", v.key);
        let drv_path = drv.drv_path(&dir).unwrap();
        assert_eq!(dir.print(&drv_path), v.drv_path, "{}", v.key);
        for (name, path) in v.outputs {
            assert_eq!(drv.env.get(*name).map(String::as_str), Some(*path), "{} output {name}", v.key);
        }
        cache.register(&dir, drv_path, &drv, &mut lookup).unwrap();
    }
}

#[test]
fn equal_fixed_outputs_merge_in_the_hash_modulo() {
    let v = DRVS.iter().find(|v| v.key == "uses-fods").unwrap();
    let drv = parse_vector(v);
    assert_eq!(drv.input_drvs.len(), 3);
    let dir = dir();
    let mut cache = DrvHashCache::new();
    let h = cache.hash_modulo(&dir, &drv, true, &mut lookup).unwrap();
    let mut inputs = std::collections::BTreeMap::new();
    for p in drv.input_drvs.keys() {
        let ih = cache.path_hash(&dir, p, &mut lookup).unwrap();
        inputs.insert(ih.get("out").unwrap().to_base16(), BTreeSet::from(["out".to_string()]));
    }
    // Two fetchers with the same output collapse into one input.
    assert_eq!(inputs.len(), 2);
    let manual = hash_bytes(HashAlgo::Sha256, drv.unparse(&dir, true, Some(&inputs)).unwrap().as_bytes());
    assert_eq!(h.get("out"), Some(&manual));
}

#[test]
fn eco_test_built_by_hand() {
    let dir = dir();
    let mut d = Derivation::new("eco-test");
    d.outputs.insert("out".into(), DerivationOutput::Deferred);
    d.platform = "x86_64-linux".into();
    d.builder = "/bin/sh".into();
    d.args = vec!["-c".into(), "echo hi > $out".into()];
    for (k, v) in [("builder", "/bin/sh"), ("name", "eco-test"), ("system", "x86_64-linux")] {
        d.env.insert(k.into(), v.into());
    }
    d.fill_in_output_paths(&dir, &mut |_| Err(Error::Unsupported("no inputs".into()))).unwrap();
    let eco = DRVS.iter().find(|v| v.key == "eco").unwrap();
    assert_eq!(d.to_aterm(&dir).unwrap(), eco.aterm);
    assert_eq!(dir.print(&d.drv_path(&dir).unwrap()), "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv");
    assert_eq!(d.env["out"], "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test");
}

fn text(key: &str) -> &'static str {
    TEXTS.iter().find(|(k, _)| *k == key).unwrap().1
}

fn path(key: &str) -> &'static str {
    PATHS.iter().find(|(k, _)| *k == key).unwrap().1
}

#[test]
fn to_file_paths() {
    let dir = dir();
    let hello = dir.text_path_for("hello.txt", b"hello", []).unwrap();
    assert_eq!(dir.print(&hello), text("hello"));
    let src = dir.parse_path(path("src")).unwrap();
    let contents = format!("see {} and {}", text("hello"), path("src"));
    let refs = BTreeSet::from([hello, src]);
    assert_eq!(dir.print(&dir.text_path_for("refs", contents.as_bytes(), &refs).unwrap()), text("refs"));
}

#[test]
fn text_mode_output_is_a_text_path() {
    // Nix 2.8 has no `outputHashMode = "text"`; newer Nix computes such an
    // output's path as the text path of the same hash, which 2.8 can check
    // through `builtins.toFile`.
    let dir = dir();
    let mut d = Derivation::new("hello.txt");
    d.outputs.insert(
        "out".into(),
        DerivationOutput::CAFixed {
            method: ContentAddressMethod::Text,
            hash: Hash::parse_any("sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", None)
                .unwrap(),
        },
    );
    d.platform = "x86_64-linux".into();
    d.builder = "/bin/sh".into();
    d.fill_in_output_paths(&dir, &mut |_| Err(Error::Unsupported("no inputs".into()))).unwrap();
    assert_eq!(d.env["out"], text("hello"));
    let aterm = d.to_aterm(&dir).unwrap();
    assert!(aterm.starts_with(&format!(r#"Derive([("out","{}","text:sha256","2cf24dba"#, text("hello"))));
    let back = Derivation::parse_aterm(&dir, &aterm, "hello.txt").unwrap();
    assert_eq!(back, d);
}

/// The fixture `gen-vectors.sh` creates.
fn fixture() -> MemTree {
    MemTree::new(
        "/fixture/src",
        MemNode::dir([
            ("hello.txt", MemNode::file("hello\n")),
            ("run.sh", MemNode::executable("#!/bin/sh\necho run\n")),
            ("link", MemNode::symlink("hello.txt")),
            (
                "sub",
                MemNode::dir([
                    ("data.bin", MemNode::file("abcdefghij")),
                    ("empty", MemNode::dir(Vec::<(String, MemNode)>::new())),
                ]),
            ),
        ]),
    )
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

#[test]
fn nar_of_a_file_and_a_symlink() {
    let t = fixture();
    assert_eq!(nar_bytes(&t, "/fixture/src/hello.txt").unwrap(), hex(HELLO_NAR_HEX));
    assert_eq!(nar_bytes(&t, "/fixture/src/link").unwrap(), hex(LINK_NAR_HEX));
}

#[test]
fn nar_hash_and_source_path_of_a_directory() {
    let dir = dir();
    let t = fixture();
    let nh = nar_hash(&t, "/fixture/src", None).unwrap();
    assert_eq!(nh.hash.to_nix32(), SRC_NAR_SHA256_NIX32);
    assert_eq!(nh.size, SRC_NAR_LEN);
    assert_eq!(nar_bytes(&t, "/fixture/src").unwrap().len() as u64, SRC_NAR_LEN);
    let p = dir.make_fixed_output_path(ContentAddressMethod::Recursive, &nh.hash, "src", []).unwrap();
    assert_eq!(dir.print(&p), path("src"));
    assert_eq!(path("interpolated"), path("src"));
}

#[test]
fn builtins_path_flat_and_single_file() {
    let dir = dir();
    let t = fixture();
    let flat = hash_bytes(HashAlgo::Sha256, b"hello\n");
    let p = dir.make_fixed_output_path(ContentAddressMethod::Flat, &flat, "hello-flat", []).unwrap();
    assert_eq!(dir.print(&p), path("flat"));
    let nh = nar_hash(&t, "/fixture/src/run.sh", None).unwrap();
    let p = dir.make_fixed_output_path(ContentAddressMethod::Recursive, &nh.hash, "run.sh", []).unwrap();
    assert_eq!(dir.print(&p), path("recursive-file"));
}

#[test]
fn filter_source_with_a_callback() {
    let dir = dir();
    let t = fixture();
    let mut filter = |p: &str, k: NodeKind| -> Result<bool> { Ok(!p.ends_with("/run.sh") && k != NodeKind::Symlink) };
    let nh = nar_hash(&t, "/fixture/src", Some(&mut filter)).unwrap();
    let p = dir.make_fixed_output_path(ContentAddressMethod::Recursive, &nh.hash, "src", []).unwrap();
    assert_eq!(dir.print(&p), path("filtered"));
}

#[test]
fn builtins_path_filter_with_a_selector() {
    let dir = dir();
    let t = fixture();
    let mut sel = Selector::new();
    sel.start(&t, "/fixture/src").unwrap();
    let mut offered = Vec::new();
    while let Some(e) = sel.next_entry(&t).unwrap() {
        offered.push(e.path.clone());
        sel.decide(!(e.kind == NodeKind::Directory && e.path.ends_with("/sub")));
    }
    // `sub` was rejected, so its contents were never offered.
    assert_eq!(offered, ["/fixture/src/hello.txt", "/fixture/src/link", "/fixture/src/run.sh", "/fixture/src/sub"]);
    let selection = sel.finish();
    let filtered = FilteredTree::new(&t, &selection);
    let nh = nar_hash(&filtered, "/fixture/src", None).unwrap();
    let p = dir.make_fixed_output_path(ContentAddressMethod::Recursive, &nh.hash, "no-sub", []).unwrap();
    assert_eq!(dir.print(&p), path("filtered-dir"));
}

#[cfg(not(target_family = "wasm"))]
#[test]
fn the_real_file_system_gives_the_same_hash() {
    use std::os::unix::fs::PermissionsExt as _;
    let root = std::env::temp_dir().join(format!("nixlet-store-vectors-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let src = root.join("src");
    std::fs::create_dir_all(src.join("sub/empty")).unwrap();
    std::fs::write(src.join("hello.txt"), "hello\n").unwrap();
    std::fs::write(src.join("run.sh"), "#!/bin/sh\necho run\n").unwrap();
    std::fs::set_permissions(src.join("run.sh"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(src.join("sub/data.bin"), "abcdefghij").unwrap();
    std::os::unix::fs::symlink("hello.txt", src.join("link")).unwrap();
    let nh = nar_hash(&nixlet_store::tree::FsTree, src.to_str().unwrap(), None).unwrap();
    assert_eq!(nh.hash.to_nix32(), SRC_NAR_SHA256_NIX32);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn every_hash_encoding_of_a_fixed_output_gives_the_same_path() {
    // The sha256 flat vectors were given as base64 and as `sha256:<nix32>`;
    // the recursive ones as base16 and nix32; all pairs must agree.
    for (a, b) in [
        ("fod-flat-sha256-base64", "fod-flat-sha256-prefixed"),
        ("fod-rec-sha256-base16", "fod-rec-sha256-nix32"),
        ("fod-rec-sha512-base16", "fod-rec-sha512-nix32"),
    ] {
        let out = |k: &str| DRVS.iter().find(|v| v.key == k).unwrap().outputs[0].1;
        assert_eq!(out(a), out(b));
    }
}

/// `builtins.toFile <name> "x"` on Nix 2.8: the error names the store path
/// that would have been made, so the hash part is checked too.
#[test]
fn name_validation_errors() {
    let dir = dir();
    let err = |name: &str| dir.text_path_for(name, b"x", []).unwrap_err().to_string();
    assert_eq!(err("a b"), "store path 'dm85kbl5cy82j2dzvy1874s14y3salv3-a b' contains illegal character ' '");
    assert_eq!(err(""), "store path '9r1mh2rc3s3i33vpdw86kqqyvy9i1y4w-' has an empty name");
    assert_eq!(
        err(&"a".repeat(212)),
        format!(
            "store path 'sk7z62nqxdj2sb8x397my8i4803lhvai-{}' has a name longer than 211 characters",
            "a".repeat(212)
        )
    );
    // Nix prints the offending byte; this crate prints the whole character.
    assert_eq!(err("é"), "store path 'fcwpaxmwcvmm1sss1scshna3sn7asxa4-é' contains illegal character 'é'");
    // Nix 2.8 accepts a leading dot.
    assert_eq!(
        dir.print(&dir.text_path_for(".foo", b"x", []).unwrap()),
        "/nix/store/q144f75swlv405pb69crqqkdwiza7nlk-.foo"
    );
}

/// Hash errors Nix 2.8 gave for bad `outputHash` values (with the newer
/// "hash algorithm" wording).
#[test]
fn output_hash_errors() {
    let p = |s: &str| Hash::parse_allow_empty(s, Some(HashAlgo::Sha256)).unwrap_err().to_string();
    assert_eq!(p("abc"), "hash 'abc' has wrong length for hash algorithm 'sha256'");
    let bad = "00000000000000000000000000000000000000000000000000e0";
    assert_eq!(p(bad), format!("invalid base-32 hash '{bad}'"));
    assert_eq!(p("sha256-AAAA"), "invalid SRI hash 'AAAA'");
    assert_eq!(
        p("md5:00000000000000000000000000000000"),
        "hash 'md5:00000000000000000000000000000000' should have type 'sha256'"
    );
    // An empty hash is the zero hash (Nix warns); its fixed output path:
    let zero = Hash::parse_allow_empty("", Some(HashAlgo::Sha256)).unwrap();
    assert_eq!(zero.to_sri(), "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
}

/// `(derivation { name = "x"; system = "x"; builder = "/bin/sh";
/// outputHash = <h>; outputHashAlgo = "sha256"; }).drvPath` on Nix 2.8, built
/// here from the attributes alone (no recorded ATerm involved).
#[test]
fn fixed_output_derivations_from_attributes() {
    let dir = dir();
    for (h, want) in [
        ("", "/nix/store/dn8pqzbmd3j0nvkjb6l97c6hqr0cd8q1-x.drv"),
        (
            "0000000000000000000000000000000000000000000000000000000000000000",
            "/nix/store/1g5llyz3pkcpadcgm1cz3vy56yz197mv-x.drv",
        ),
        ("sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "/nix/store/1ysbiibbfdzsfgrsxp6vrg788d3f6jf9-x.drv"),
    ] {
        let mut d = Derivation::new("x");
        let hash = Hash::parse_allow_empty(h, Some(HashAlgo::Sha256)).unwrap();
        d.outputs.insert("out".into(), DerivationOutput::CAFixed { method: ContentAddressMethod::Flat, hash });
        d.platform = "x".into();
        d.builder = "/bin/sh".into();
        for (k, v) in
            [("builder", "/bin/sh"), ("name", "x"), ("outputHash", h), ("outputHashAlgo", "sha256"), ("system", "x")]
        {
            d.env.insert(k.into(), v.into());
        }
        d.fill_in_output_paths(&dir, &mut |_| Err(Error::Unsupported("no inputs".into()))).unwrap();
        assert_eq!(dir.print(&d.drv_path(&dir).unwrap()), want, "outputHash = {h:?}");
    }
}
