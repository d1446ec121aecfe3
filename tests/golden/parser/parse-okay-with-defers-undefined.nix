with {}; y
