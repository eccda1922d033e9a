"""Waits until the app's library holds strategy ID (the file it was asked to open).

Reads the library read-only while the app runs (WAL lets a reader in).
Exit 0 with the title found, 1 after the timeout.
"""
import sqlite3
import sys
import time

library, strategy_id, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
deadline = time.monotonic() + timeout
while time.monotonic() < deadline:
    try:
        db = sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=1)
        row = db.execute("SELECT title FROM strategies WHERE id = ?", (strategy_id,)).fetchone()
        db.close()
        if row:
            print(row[0])
            sys.exit(0)
    except sqlite3.Error:
        pass  # not created yet, or busy: try again
    time.sleep(0.25)
print(f"strategy {strategy_id} not in {library} after {timeout} s", file=sys.stderr)
sys.exit(1)
