({ alpha, beta }: alpha) { alpha = 1; beta = 2; zzzzzzzz = 3; }
