throw { a = 1; }
