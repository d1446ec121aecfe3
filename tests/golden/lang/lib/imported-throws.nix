{ a = throw "thrown inside an imported file"; }
