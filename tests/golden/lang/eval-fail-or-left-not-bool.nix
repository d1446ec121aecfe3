null || true
