{ a = abort "stop right here"; }
