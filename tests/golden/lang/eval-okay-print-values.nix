{
  int = -5;
  bool = [ true false ];
  null = null;
  emptyList = [ ];
  emptySet = { };
  nested = { a = { b = { c = [ [ ] { } ]; }; }; };
  path = ./x;
}
