# A module system in the style of lib.evalModules, self-contained: modules declare
# options (mkOption with types) and define config (mkIf, mkMerge, mkDefault,
# mkForce), definitions are pushed down, discharged, filtered by priority,
# type-checked and merged, and `config` is a fixpoint every module reads from.
let
  inherit (builtins) all any attrNames attrValues concatMap concatStringsSep elem
    filter foldl' genList head isAttrs isBool isFunction isInt isList isString length
    listToAttrs mapAttrs removeAttrs stringLength tail toString zipAttrsWith;

  mod = a: b: a - b * (a / b);

  lib = rec {
    mkOption = attrs: attrs // { _type = "option"; };
    mkOverride = priority: content: { _type = "override"; inherit priority content; };
    mkOptionDefault = mkOverride 1500;
    mkDefault = mkOverride 1000;
    mkForce = mkOverride 50;
    mkIf = condition: content: { _type = "if"; inherit condition content; };
    mkMerge = contents: { _type = "merge"; inherit contents; };
    optional = cond: x: if cond then [ x ] else [ ];
    mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (attrNames attrs);
    genAttrs = names: f: listToAttrs (map (name: { inherit name; value = f name; }) names);
    inherit types;
  };

  typeOf = x: if isAttrs x then x._type or "" else "";
  isOption = x: typeOf x == "option";
  showOption = concatStringsSep ".";

  mergeEqualOption = loc: defs:
    let first = head defs; in
    foldl'
      (v: d:
        if d.value == v then v
        else throw "The option `${showOption loc}' has conflicting definition values: in `${first.file}' and `${d.file}'")
      first.value
      (tail defs);

  types = rec {
    int = { description = "signed integer"; check = isInt; merge = mergeEqualOption; };
    port = int // { description = "16 bit unsigned integer"; check = x: isInt x && x >= 0 && x < 65536; };
    bool = { description = "boolean"; check = isBool; merge = mergeEqualOption; };
    str = { description = "string"; check = isString; merge = mergeEqualOption; };
    lines = {
      description = "strings concatenated with \"\\n\"";
      check = isString;
      merge = loc: defs: concatStringsSep "\n" (map (d: d.value) defs);
    };
    listOf = elemType: {
      description = "list of ${elemType.description}";
      check = isList;
      merge = loc: defs:
        concatMap (d: map (x: mergeDefinitions loc elemType [ { inherit (d) file; value = x; } ]) d.value) defs;
    };
    attrsOf = elemType: {
      description = "attribute set of ${elemType.description}";
      check = isAttrs;
      merge = loc: defs:
        mapAttrs (name: defs': mergeDefinitions (loc ++ [ name ]) elemType defs')
          (zipAttrsWith (name: values: values)
            (map (d: mapAttrs (n: v: { inherit (d) file; value = v; }) d.value) defs));
    };
    submodule = options: {
      description = "submodule";
      check = isAttrs;
      merge = loc: defs: evalTree loc options defs;
    };
  };

  # mkMerge and mkIf are resolved (conditions evaluated); overrides are kept.
  dischargeProperties = def:
    let t = typeOf def; in
    if t == "merge" then concatMap dischargeProperties def.contents
    else if t == "if" then
      if !isBool def.condition then throw "mkIf called with a non-Boolean condition"
      else if def.condition then dischargeProperties def.content
      else [ ]
    else if t == "override" then map (lib.mkOverride def.priority) (dischargeProperties def.content)
    else [ def ];

  # Only the definitions with the highest priority (lowest number) count.
  filterOverrides = defs:
    let
      prio = d: if typeOf d.value == "override" then d.value.priority else 100;
      highest = foldl' (p: d: let q = prio d; in if q < p then q else p) 9999 defs;
      strip = d: if typeOf d.value == "override" then d // { value = d.value.content; } else d;
    in
    map strip (filter (d: prio d == highest) defs);

  mergeDefinitions = loc: type: defs:
    let
      discharged = concatMap (d: map (value: { inherit (d) file; inherit value; }) (dischargeProperties d.value)) defs;
      effective = filterOverrides discharged;
      bad = filter (d: !type.check d.value) effective;
    in
    if effective == [ ] then throw "The option `${showOption loc}' is used but not defined."
    else if bad != [ ] then throw "A definition for option `${showOption loc}' is not of type `${type.description}' (in `${(head bad).file}')."
    else type.merge loc effective;

  evalOption = loc: opt: defs:
    mergeDefinitions loc opt.type
      ((if opt ? default then [ { file = "<default>"; value = lib.mkOptionDefault opt.default; } ] else [ ]) ++ defs);

  # Properties wrapping a whole attribute set are pushed down to its attributes.
  pushDownProperties = cfg:
    let t = typeOf cfg; in
    if t == "merge" then concatMap pushDownProperties cfg.contents
    else if t == "if" then map (mapAttrs (n: v: lib.mkIf cfg.condition v)) (pushDownProperties cfg.content)
    else if t == "override" then map (mapAttrs (n: v: lib.mkOverride cfg.priority v)) (pushDownProperties cfg.content)
    else [ cfg ];

  evalTree = loc: decls: defs:
    let
      pushed = concatMap (d: map (value: { inherit (d) file; inherit value; }) (pushDownProperties d.value)) defs;
      byName = zipAttrsWith (n: vs: vs) (map (d: mapAttrs (n: v: { inherit (d) file; value = v; }) d.value) pushed);
      unknown = attrNames (removeAttrs byName (attrNames decls));
      values = mapAttrs
        (name: decl:
          if isOption decl then evalOption (loc ++ [ name ]) decl (byName.${name} or [ ])
          else evalTree (loc ++ [ name ]) decl (byName.${name} or [ ]))
        decls;
    in
    if unknown != [ ] then throw "The option `${showOption (loc ++ [ (head unknown) ])}' does not exist."
    else values;

  mergeDeclarations = loc: trees:
    zipAttrsWith
      (name: vs:
        if any isOption vs then
          if length vs == 1 then head vs
          else throw "The option `${showOption (loc ++ [ name ])}' is declared more than once."
        else mergeDeclarations (loc ++ [ name ]) vs)
      trees;

  evalModules = modules:
    let
      collected = genList
        (i:
          let
            m = builtins.elemAt modules i;
            r = if isFunction m then m { inherit config lib; } else m;
          in
          { file = "module-${toString i}"; options = r.options or { }; config = r.config or { }; })
        (length modules);
      declarations = mergeDeclarations [ ] (map (m: m.options) collected);
      config = evalTree [ ] declarations (map (m: { inherit (m) file; value = m.config; }) collected);
    in
    { inherit config; options = declarations; };

  # ---- the configuration being evaluated --------------------------------------

  nServices = 1200;

  core = { lib, ... }: with lib; {
    options = {
      networking.hostName = mkOption { type = types.str; default = "nixos"; };
      networking.firewall.enable = mkOption { type = types.bool; default = true; };
      networking.firewall.allowedTCPPorts = mkOption { type = types.listOf types.port; default = [ ]; };
      users.users = mkOption {
        type = types.attrsOf (types.submodule {
          uid = mkOption { type = types.int; };
          group = mkOption { type = types.str; default = "users"; };
          extraGroups = mkOption { type = types.listOf types.str; default = [ ]; };
          description = mkOption { type = types.str; default = ""; };
        });
        default = { };
      };
      environment.etc = mkOption {
        type = types.attrsOf (types.submodule {
          text = mkOption { type = types.lines; };
          mode = mkOption { type = types.str; default = "0644"; };
        });
        default = { };
      };
      systemd.services = mkOption {
        type = types.attrsOf (types.submodule {
          enable = mkOption { type = types.bool; default = true; };
          description = mkOption { type = types.str; default = ""; };
          wantedBy = mkOption { type = types.listOf types.str; default = [ ]; };
          after = mkOption { type = types.listOf types.str; default = [ ]; };
          script = mkOption { type = types.lines; default = ""; };
          environment = mkOption { type = types.attrsOf types.str; default = { }; };
        });
        default = { };
      };
    };
    config = {
      users.users.root = { uid = 0; extraGroups = [ "wheel" ]; };
      networking.firewall.allowedTCPPorts = [ 22 ];
    };
  };

  service = i: { config, lib, ... }:
    let
      name = "svc${toString i}";
      cfg = config.services.${name};
    in
    with lib; {
      options.services.${name} = {
        enable = mkOption { type = types.bool; default = false; };
        port = mkOption { type = types.port; default = 1000 + i; };
        extraConfig = mkOption { type = types.lines; default = ""; };
        settings = mkOption { type = types.attrsOf types.str; default = { }; };
      };
      config = mkIf cfg.enable (mkMerge [
        {
          users.users.${name} = { uid = 1000 + i; extraGroups = [ "services" ]; description = "${name} daemon"; };
          networking.firewall.allowedTCPPorts = [ cfg.port ];
          environment.etc."${name}/${name}.conf".text =
            concatStringsSep "\n" (mapAttrsToList (k: v: "${k} = ${v}") cfg.settings) + "\n" + cfg.extraConfig;
          systemd.services.${name} = {
            description = "The ${name} service";
            wantedBy = [ "multi-user.target" ];
            after = [ "network.target" ] ++ optional (i > 0) "svc${toString (i - 1)}.service";
            script = "exec ${name} --port ${toString cfg.port}";
            environment.PORT = toString cfg.port;
          };
        }
        (mkIf (mod i 5 == 0) { users.users.${name}.extraGroups = [ "wheel" ]; })
        (mkIf config.networking.firewall.enable { systemd.services.${name}.after = [ "firewall.service" ]; })
      ]);
    };

  host = { lib, ... }: with lib; {
    config = {
      networking.hostName = "bench";
      networking.firewall.allowedTCPPorts = [ 80 443 ];
      services = listToAttrs (genList (i: {
        name = "svc${toString i}";
        value = {
          enable = mkDefault (mod i 3 != 0);
          settings = { workers = toString (mod i 8 + 1); log = "info"; };
        };
      }) nServices);
    };
  };

  overrides = { config, lib, ... }: with lib; {
    config = mkMerge [
      { services = genAttrs (genList (i: "svc${toString (i * 9)}") (nServices / 9)) (name: { enable = mkForce true; }); }
      { services = genAttrs (genList (i: "svc${toString (i * 4)}") (nServices / 4)) (name: { extraConfig = "# tuned"; settings.log = mkForce "debug"; }); }
      (mkIf (config.networking.hostName == "bench") {
        services = genAttrs (genList (i: "svc${toString (i * 4)}") (nServices / 4)) (name: { extraConfig = "# benchmark host"; });
      })
      { environment.etc.motd.text = mkDefault "Welcome"; }
      { environment.etc.motd.text = "Welcome to ${config.networking.hostName}"; }
    ];
  };

  eval = evalModules ([ core host overrides ] ++ genList service nServices);
  inherit (eval) config;
  ports = config.networking.firewall.allowedTCPPorts;
in
{
  hostName = config.networking.hostName;
  ports = length ports;
  portSum = foldl' (a: b: a + b) 0 ports;
  users = length (attrNames config.users.users);
  wheel = length (filter (u: elem "wheel" u.extraGroups) (attrValues config.users.users));
  etcBytes = foldl' (acc: f: acc + stringLength f.text) 0 (attrValues config.environment.etc);
  debug = length (filter (s: s.settings.log == "debug") (attrValues config.services));
  services = length (filter (s: s.enable) (attrValues config.systemd.services));
  after = length (concatMap (s: s.after) (attrValues config.systemd.services));
  motd = config.environment.etc.motd.text;
  svc8 = config.environment.etc."svc8/svc8.conf".text;
}
