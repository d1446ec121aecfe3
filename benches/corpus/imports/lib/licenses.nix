{
  mit = { spdxId = "MIT"; free = true; };
  gpl3Plus = { spdxId = "GPL-3.0-or-later"; free = true; };
  asl20 = { spdxId = "Apache-2.0"; free = true; };
  unfree = { spdxId = null; free = false; };
}
