"""Writes a copy of a .strategy file as another strategy (new id, new title).

The installed-package test opens it by "double-click" (gio open) on a profile
whose library already holds the sample, so the copy must not be the same
strategy, or the app would rightly ask "copy or replace?" instead of opening it.
"""
import shutil
import sqlite3
import sys
import uuid

source, target, title = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.copyfile(source, target)
new_id = str(uuid.uuid4())
with sqlite3.connect(target) as db:
    (old_id,) = db.execute("SELECT id FROM strategies").fetchone()
    db.execute("UPDATE strategies SET id = ?, title = ? WHERE id = ?", (new_id, title, old_id))
    db.execute("UPDATE meta SET value = ? WHERE key = 'strategy_id'", (new_id,))
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        if "strategy_id" in columns:
            db.execute(f"UPDATE {table} SET strategy_id = ? WHERE strategy_id = ?", (new_id, old_id))
print(new_id)
