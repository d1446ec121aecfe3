{ inherit ${"a" + ""}; }
