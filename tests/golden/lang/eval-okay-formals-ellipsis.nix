let
  f = { a, ... }: a;
  g = { ... }: "anything";
in
[ (f { a = 1; b = 2; c = 3; }) (g { }) (g { z = throw "lazy"; }) ]
