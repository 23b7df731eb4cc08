"""backup and restore: a whole database to a portable file and back, on both backends and across them."""

from __future__ import annotations

import gzip
import json
import shutil
import uuid
from contextlib import ExitStack

import pytest
from click.testing import CliRunner

from provenance.cli import cli

from claimsets import make_claimset
from conftest import SEEDS, copy_sqlite, dump_database, pg_schema

FIXTURES_V2 = SEEDS.parent / "tests" / "fixtures" / "azerbaijan-mediation-v2.txt"


def invoke(db: str, *args: str, ok: bool = True):
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def populate(db: str, tmp_path) -> None:
    """Two documents, one with two versions, cross-document links, a review, a reviewer's link and
    an unlink: every kind of row and event."""
    path = tmp_path / "bridge.json"
    path.write_text(json.dumps(make_claimset()), encoding="utf-8")
    invoke(db, "import", str(path))
    invoke(db, "ingest", str(SEEDS / "azerbaijan-mediation.txt"), "--silent")
    if FIXTURES_V2.exists():
        invoke(db, "ingest", str(FIXTURES_V2), "--slug", "azerbaijan-mediation", "--silent")
    invoke(db, "review", "1", "--status", "confirmed", "--reason", "the ministry confirmed it", "--by", "ana")
    invoke(db, "link", "3", "1", "--relation", "contradicts", "--by", "ana")
    invoke(db, "unlink", "2", "1", "--by", "ana")
    invoke(db, "recompute")


def views(db: str) -> dict[str, str]:
    """What people see of a database: every listing, every version's claim set, the event log."""
    out = {}
    for args in (["claims", "--all-versions"], ["speakers"], ["outlets"], ["docs"], ["history"]):
        out[" ".join(args)] = json.loads(invoke(db, *args, "--format", "json").stdout)
    for event in out["history"]:  # SQLite gives timestamps back without their zone (UTC), PostgreSQL with it
        event["at"] = event["at"].removesuffix("+00:00")
    for doc in out["docs"]:
        for n in range(1, doc["versions"] + 1):
            out[f"{doc['doc']}@{n}"] = invoke(db, "export", doc["doc"], "--version", str(n)).stdout
        out[f"report {doc['doc']}"] = json.loads(invoke(db, "report", doc["doc"], "--format", "json").stdout)
    return out


def same_views(a: dict, b: dict) -> None:
    """b is a restore of a: equal except the one restore event at the end of b's history."""
    history_b = b["history"]
    assert history_b[-1]["action"] == "restore"
    assert [e for e in history_b[:-1]] == a["history"]
    for key in a:
        if key != "history":
            assert a[key] == b[key], key


@pytest.fixture
def fresh_url(tmp_path, sqlite_template):
    """Make fresh, empty databases on either backend (SQLite: a copy of the migrated template;
    restores into a file that does not exist yet are the tests that name a new path); PostgreSQL
    schemas are dropped afterwards."""
    with ExitStack() as stack:
        def make(backend: str) -> str:
            if backend == "sqlite":
                return copy_sqlite(sqlite_template, tmp_path / f"fresh-{uuid.uuid4().hex[:6]}.db")
            return stack.enter_context(pg_schema())

        yield make


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A populated SQLite file, its views and its backup, made once."""
    folder = tmp_path_factory.mktemp("backup-template")
    db = str(folder / "template.db")
    populate(db, folder)
    backup = folder / "template.jsonl"
    invoke(db, "backup", str(backup))
    return {"db": db, "views": views(db), "backup": backup}


@pytest.fixture
def source(template, tmp_path):
    """A copy of the populated template, safe to change."""
    path = tmp_path / "source.db"
    shutil.copy(template["db"], path)
    return str(path)


def assert_restores(db: str, before: dict, fresh_url, target: str, tmp_path) -> None:
    path = tmp_path / "all.jsonl"
    result = invoke(db, "backup", str(path))
    assert result.stderr.startswith(f"Wrote {path}: ")
    copy = fresh_url(target)
    result = invoke(copy, "restore", str(path), "--by", "ops")
    assert result.stderr.startswith(f"Restored {path}: ")
    same_views(before, views(copy))
    assert invoke(copy, "check").stderr.startswith("ok: ")
    # the restored database goes on working: new rows get new ids, not the restored ones
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(make_claimset(slug="after-restore")), encoding="utf-8")
    invoke(copy, "import", str(extra))
    invoke(copy, "review", "2", "--status", "disputed", "--reason", "a later denial", "--by", "ana")
    ids = [c["id"] for c in json.loads(invoke(copy, "claims", "--doc", "after-restore", "--format", "json").stdout)]
    assert min(ids) > max(c["id"] for c in before["claims --all-versions"])


@pytest.mark.slow
@pytest.mark.parametrize("target", BACKENDS)
def test_sqlite_backup_restores_into_a_fresh_database(template, source, fresh_url, target, tmp_path):
    assert_restores(source, template["views"], fresh_url, target, tmp_path)


@pytest.mark.postgres
def test_postgresql_backup_restores_into_both_backends(fresh_url, tmp_path):
    db = fresh_url("postgres")
    populate(db, tmp_path)
    before = views(db)
    assert_restores(db, before, fresh_url, "sqlite", tmp_path)
    assert_restores(db, before, fresh_url, "postgres", tmp_path)


def test_backup_is_json_lines_with_claim_sets(template):
    path = template["backup"]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[0]["type"] == "header" and records[0]["format"] == "provenance-backup"
    assert records[-1]["type"] == "end"
    kinds = [r["type"] for r in records[1:-1]]
    assert kinds == sorted(kinds, key=["outlet", "speaker", "document", "version", "link", "event", "page", "feed", "story",
                                         "cluster"].index)
    version = next(r for r in records if r["type"] == "version" and r["claimset"]["document"]["slug"] == "bridge")
    exported = json.loads(invoke(template["db"], "export", "bridge").stdout)
    assert version["claimset"] == exported  # the claim set `export` writes, importable on its own
    assert records[-1]["counts"]["claim"] == sum(len(r["claim_ids"]) for r in records if r["type"] == "version")


@pytest.mark.slow
def test_gzip_and_stdout(template, tmp_path):
    zipped = tmp_path / "all.jsonl.gz"
    invoke(template["db"], "backup", str(zipped))
    plain = invoke(template["db"], "backup", "-").stdout
    with gzip.open(zipped, "rt", encoding="utf-8") as f:
        unzipped = f.read()
    def records(text):  # the header's time differs, and so the end's digest and the two checksums
        return [{k: v for k, v in json.loads(line).items() if k not in ("sum", "digest")}
                for line in text.splitlines() if '"header"' not in line]

    assert records(plain) == records(unzipped)
    copy = str(tmp_path / "copy.db")
    invoke(copy, "restore", str(zipped))
    same_views(template["views"], views(copy))


@pytest.mark.slow
@pytest.mark.parametrize("target", BACKENDS)
def test_sqlite_copy_restores_anywhere(template, source, fresh_url, target, tmp_path):
    path = tmp_path / "copy.sqlite"
    assert invoke(source, "backup", "--sqlite-copy", str(path)).stderr == f"Wrote {path} (SQLite copy)\n"
    assert dump_database(str(path)) == dump_database(source)
    copy = fresh_url(target)
    invoke(copy, "restore", str(path))
    same_views(template["views"], views(copy))


def test_sqlite_copy_needs_sqlite_and_a_new_file(fresh_url, tmp_path):
    pg = fresh_url("postgres")
    result = invoke(pg, "backup", "--sqlite-copy", str(tmp_path / "x.sqlite"), ok=False)
    assert result.exit_code == 2 and "copies SQLite databases only" in result.stderr


@pytest.mark.parametrize("damage, words", [
    (lambda lines: lines[:-1], "ends early"),
    (lambda lines: lines[:len(lines) // 2], "ends early"),
    (lambda lines: lines[:3] + [lines[3][:20]] + lines[4:], "invalid JSON"),
    (lambda lines: [lines[0].replace('"format_version":1', '"format_version":9')] + lines[1:],
     "format version 9"),
    (lambda lines: [_edit_claim_text(line) for line in lines], "does not match"),
    (lambda lines: [line.replace('"type":"speaker"', '"type":"speeker"', 1) for line in lines],
     "unknown record type"),
    (lambda lines: [line for line in lines if '"type":"document"' not in line], "not in the backup"),
    (lambda lines: [line for line in lines if '"type":"event"' not in line or '"action":"link"' not in line],
     "end record counts"),
])
def test_damaged_backups_write_nothing(template, tmp_path, fresh_url, damage, words):
    """Damage with the checksums made again (as someone who meant it would): the records' own checks find it."""
    path = tmp_path / "all.jsonl"
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(resum(damage(lines))) + "\n", encoding="utf-8")
    target = fresh_url("sqlite")  # an empty, migrated database
    before = dump_database(target)
    result = invoke(target, "restore", str(path), ok=False)
    assert result.exit_code == 2, result.output
    assert words in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    assert dump_database(target) == before


def resum(lines: list[str]) -> list[str]:
    """Lines with their checksums and the end record's digest made again (a line that is no JSON stays)."""
    import hashlib

    from provenance.backup_format import dumps

    out, digest = [], hashlib.sha256()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            out.append(line)
            continue
        record.pop("sum", None)
        if isinstance(record, dict) and record.get("type") == "end":
            record["digest"] = "sha256:" + digest.hexdigest()
        out.append(dumps(record).rstrip("\n"))
        digest.update((out[-1] + "\n").encode("utf-8"))
    return out


def unsummed(lines: list[str]) -> list[str]:
    """The lines as a backup from before checksums: no sums, no digest, no "checksums" in the header."""
    out = []
    for line in lines:
        record = {k: v for k, v in json.loads(line).items() if k not in ("sum", "digest", "checksums")}
        out.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return out


def edit(lines: list[str], kind: str, change, *, which: int = 0) -> list[str]:
    """The lines with `change(record)` applied to the `which`-th record of a type."""
    out, seen = [], 0
    for line in lines:
        record = json.loads(line)
        if record["type"] == kind:
            if seen == which:
                change(record)
                line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            seen += 1
        out.append(line)
    return out


def restore_lines(tmp_path, lines: list[str], target: str):
    path = tmp_path / "changed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    invoke(target, "--create", "docs")  # an empty, migrated database
    before = dump_database(target)
    result = invoke(target, "restore", str(path), ok=False)
    return result, before, target


def assert_refused(result, before, target, *words) -> None:
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: "), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert dump_database(target) == before


def _link_to_itself(r):
    r["target_id"] = r["source_id"]


def _swap_claim_ids(r):
    r["claim_ids"][0], r["claim_ids"][1] = r["claim_ids"][1], r["claim_ids"][0]


def _break_the_chain(r):
    r["new"] = "disputed"


TAMPERING = [
    ("link", _link_to_itself, "to itself"),
    ("link", lambda r: r.update(relation="endorses"), "'relation'"),
    ("version", lambda r: r["claimset"]["claims"][0].update(status="rumoured"), "status"),
    ("outlet", lambda r: r.update(id=-3), "'id' is -3"),
    ("speaker", lambda r: r.update(id=True), "'id' is true"),
    ("speaker", lambda r: r.update(kind="alien"), "'kind'"),
    ("version", _swap_claim_ids, "out of order"),
    ("document", lambda r: r.update(slug=5), "'slug' is 5"),
    ("event", lambda r: r.pop("actor"), "no 'actor'"),
    ("event", lambda r: r.update(at="2024-13-45T99:00:00"), "'at'"),
    ("event", lambda r: r.update(at="yesterday"), "'at'"),
    ("version", lambda r: r.update(number=10**20), "'number'"),
    ("version", lambda r: r.update(number=4.0), "'number'"),
    ("cluster", lambda r: r.update(claim_ids=["1"]), "'claim_ids'"),
]


@pytest.mark.parametrize("kind, change, words", TAMPERING)
def test_tampered_backups_are_refused_even_with_fresh_checksums(template, tmp_path, fresh_url, kind, change, words):
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    changed = edit(lines, kind, change)
    line = next(i for i, (a, b) in enumerate(zip(lines, changed, strict=False), 1) if a != b)
    result, before, target = restore_lines(tmp_path, resum(changed), fresh_url("sqlite"))
    assert_refused(result, before, target, words)
    if "check" not in result.stderr:
        assert f": line {line}: " in result.stderr, result.stderr


def _review_event(record) -> bool:
    return record["type"] == "event" and record["action"] == "review"


@pytest.mark.parametrize("target", BACKENDS)
def test_events_that_no_longer_chain_fail_the_check_inside_the_restore(template, tmp_path, fresh_url, target):
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    changed = [json.dumps({**json.loads(line), "new": "disputed"}) if _review_event(json.loads(line)) else line
               for line in lines]
    assert changed != lines
    result, before, target_url = restore_lines(tmp_path, resum(changed), fresh_url(target))
    assert_refused(result, before, target_url, "would not pass `provenance check`", "event left it 'disputed'")


def test_a_changed_line_fails_its_checksum(template, tmp_path, fresh_url):
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    changed = edit(lines, "link", _link_to_itself)
    line = next(i for i, (a, b) in enumerate(zip(lines, changed, strict=False), 1) if a != b)
    changed[line - 1] = changed[line - 1][:-1] + f',"sum":"{json.loads(lines[line - 1])["sum"]}"}}'
    result, before, target = restore_lines(tmp_path, changed, fresh_url("sqlite"))
    assert_refused(result, before, target, f"line {line}: the link record does not match its checksum")


def test_a_removed_or_moved_line_fails_the_digest(template, tmp_path, fresh_url):
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    for changed in (lines[:5] + lines[6:], lines[:5] + [lines[6], lines[5]] + lines[7:]):
        result, before, target = restore_lines(tmp_path, changed, fresh_url("sqlite"))
        assert_refused(result, before, target, "digest does not match")


def test_every_line_has_a_checksum_and_the_end_a_digest(template):
    from provenance.backup_format import checksum_ok

    raw = template["backup"].read_bytes().splitlines(keepends=True)
    assert all(checksum_ok(line) for line in raw)
    assert json.loads(raw[0])["checksums"] == "sha256"
    assert json.loads(raw[-1])["digest"].startswith("sha256:")


def test_a_backup_without_checksums_restores_with_a_note(template, tmp_path):
    lines = unsummed(template["backup"].read_text(encoding="utf-8").splitlines())
    path = tmp_path / "old.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    copy = str(tmp_path / "copy.db")
    result = invoke(copy, "restore", str(path))
    note, done = result.stderr.splitlines()
    assert note.startswith("Note: ") and "no checksums" in note and done.startswith("Restored")
    same_views(template["views"], views(copy))


def _edit_claim_text(line: str) -> str:
    if '"type":"version"' not in line:
        return line
    record = json.loads(line)
    record["claimset"]["claims"][0]["text"] += " (edited)"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.slow
def test_restore_refuses_a_database_with_data(db_url, tmp_path):
    claims = tmp_path / "bridge.json"
    claims.write_text(json.dumps(make_claimset()), encoding="utf-8")
    invoke(db_url, "import", str(claims))
    path = tmp_path / "all.jsonl"
    invoke(db_url, "backup", str(path))
    before = dump_database(db_url)
    result = invoke(db_url, "restore", str(path), ok=False)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: the database holds data (")
    assert dump_database(db_url) == before


def test_empty_database_round_trips(run, tmp_path):
    path = tmp_path / "empty.jsonl"
    invoke(run.db, "backup", str(path))
    copy = str(tmp_path / "copy.db")
    assert invoke(copy, "restore", str(path)).stderr.startswith("Restored")
    assert json.loads(invoke(copy, "docs", "--format", "json").stdout) == []


def test_a_backup_from_before_link_event_columns_restores_the_same(template, tmp_path):
    """A backup of schema 0003 wrote a link event's relation and other claim as 'RELATION ID' in
    old/new: restored, they land in their own columns and every listing reads as before."""
    lines = template["backup"].read_text(encoding="utf-8").splitlines()
    legacy = []
    for line in lines:
        record = json.loads(line)
        if record["type"] == "event":
            relation, target = record.pop("relation"), record.pop("target_claim_id")
            if relation is not None:
                side = "old" if record["action"].startswith("unlink") else "new"
                record[side] = f"{relation} {target}"
        legacy.append(json.dumps({k: v for k, v in record.items() if k not in ("sum", "digest", "checksums")}))
    assert any(json.loads(line).get("new", "").startswith(("corroborates ", "contradicts ")) for line in legacy
               if json.loads(line)["type"] == "event" and json.loads(line)["new"])
    path = tmp_path / "legacy.jsonl"
    path.write_text("\n".join(legacy) + "\n", encoding="utf-8")
    copy = str(tmp_path / "restored.db")
    invoke(copy, "restore", str(path), "--by", "ops")
    same_views(template["views"], views(copy))
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM event WHERE action LIKE '%link%' AND relation IS NULL")).scalar() == 0
    engine.dispose()


def test_a_damaged_gzip_stream_is_one_line(template, tmp_path, fresh_url):
    """A byte changed inside the compressed data (zlib's error, not gzip's) is refused like any damage."""
    path = tmp_path / "all.jsonl.gz"
    data = bytearray(gzip.compress(template["backup"].read_bytes()))
    data[20] ^= 0xFF  # early in the deflate stream: zlib.error before any line is read
    path.write_bytes(bytes(data))
    target = fresh_url("sqlite")  # an empty, migrated database
    before = dump_database(target)
    result = invoke(target, "restore", str(path), ok=False)
    assert result.exit_code == 2 and result.stderr.startswith("Error: "), result.output
    assert "Traceback" not in result.output and dump_database(target) == before
