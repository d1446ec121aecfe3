<nonexistent/file.nix>
