a: a ? y b
