"""Property-based tests over what users give (issue 18): every command's numeric arguments and file
paths, and claim-set records mutated field by field. Whatever the value, the answer is a correct
result or exit 2 with one `Error: ...` line; never a traceback; the database passes `check` after
(and is unchanged when the command was refused).

Examples are bounded so the file stays fast; `PROVENANCE_FUZZ_EXAMPLES=500` explores further.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bad_input import template  # noqa: F401  (fixture: the populated database)

from provenance.cli import PATH_PARAMETERS, Amount, Whole, cli, load_all_commands

from claimsets import make_claimset
from conftest import dump_database

pytestmark = pytest.mark.slow  # hypothesis over every command's arguments and records: a minute of CPU

EXAMPLES = int(os.environ.get("PROVENANCE_FUZZ_EXAMPLES", "8"))


def bounded(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


SETTINGS = bounded(EXAMPLES)

N = "{N}"  # where the generated number goes
P = "{P}"  # where the generated path goes

# Every numeric parameter of every command, in a command line that is otherwise valid. `--` keeps a
# negative number an argument rather than an unknown option.
NUMERIC = [
    ["show", "--", N], ["cluster", "--", N],
    ["claims", "--limit", N], ["claims", "--offset", N], ["claims", "--cluster", N], ["claims", "--doc", "bridge", "--version", N],
    ["history", "--claim", N], ["review", "--status", "confirmed", "--reason", "x", "--", N],
    ["link", "--relation", "contradicts", "--", N, "1"], ["link", "--relation", "contradicts", "--", "3", N],
    ["unlink", "--", N, "2"], ["unlink", "--", "1", N],
    ["speakers", "merge", "--", N, "1"], ["speakers", "merge", "--", "1", N],
    ["outlets", "merge", "--", N, "1"], ["outlets", "merge", "--", "1", N],
    ["speakers", "split", "--claims", "1", "--name", "X", "--", N],
    ["outlets", "split", "--claims", "1", "--name", "X", "--", N],
    ["export", "bridge", "--version", N], ["report", "bridge", "--limit", N],
    ["diff", "bridge@1", "bridge@1", "--threshold", N], ["diff", "bridge@1", "bridge@1", "--width", N],
    ["diff", "--", "bridge@" + N, "bridge@1"], ["page", "--", "bridge@" + N], ["feeds", "remove", "--", N],
    ["ingest", "{article}", "--timeout", N, "--slug", "fuzz"], ["ingest", "{article}", "--max-size", N, "--slug", "f"],
    ["ingest", "{article}", "--jobs", N, "--slug", "fuzzed"],
]
# Parameters that start a server or reach the network when the value is good: their types are the
# same Whole/Amount as the others (tests/test_input_limits.py has their bad values).
NOT_RUN = {("serve", "port"), ("watch", "delay"), ("watch", "follow_days"), ("watch", "timeout"),
           ("watch", "max_size")}

PATHS = [
    ["ingest", "--", P], ["import", "--", P], ["eval", "--", P], ["diff", "--", P, "bridge@1"],
    ["export", "bridge", "--output", P], ["report", "bridge", "--output", P], ["backup", "--", P],
    ["page", "bridge@1", "--output", P], ["restore", "--", P], ["--db", P, "claims"], ["--db", P, "ingest", "{article}"],
    ["--db", P, "restore", "{backup}"],
]

numbers = st.one_of(
    st.integers(-2**70, 2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(alphabet="0123456789-+.e²١٣ xX_", max_size=25),
    st.sampled_from(["", "0", "-0", "1", "2", "2147483647", "2147483648", "9" * 5000, "nan", "-inf", "1e400"]),
)
# Paths inside the test's own folder only (a generated "/dev/null" or "../../etc" must never be
# written): any text a command line can hold (no NUL: no argv has one), including surrogates (bytes
# that were not UTF-8), newlines and long names.
names = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=40),
    st.text(alphabet="ab./\\~ \n\udcff", max_size=12),
    st.sampled_from(["", ".", "x" * 300, "sub/x.json", "missing/x.db", "a.db-wal", "in.json", "locked"]),
)


def _walk(command: click.Command, path: tuple[str, ...]):
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _walk(sub, (*path, name))
    for param in command.params:
        yield path, param


def test_every_numeric_and_path_parameter_is_fuzzed():
    """A new numeric or path parameter gets a line in NUMERIC or PATHS (or NOT_RUN, with why)."""
    load_all_commands()
    numeric_types = (Whole, Amount, click.types.IntParamType, click.types.FloatParamType)
    for path, param in _walk(cli, ()):
        command = " ".join(path)
        uses = [args for args in (NUMERIC if isinstance(param.type, numeric_types) else PATHS)
                if [a for a in args if a != "--"][:len(path)] == list(path)]
        if isinstance(param.type, numeric_types):
            assert not isinstance(param.type, numeric_types[2:]), (
                f"{command} {param.name}: use cli.Whole or cli.Amount (bounded, one-line errors)")
            if (command, param.name) in NOT_RUN:
                continue
            option = max(param.opts, key=len)
            assert any(option in args if option.startswith("-") else N in " ".join(args) for args in uses), (
                command, option)
        elif param.name in PATH_PARAMETERS or param.name == "gold":
            option = max(param.opts, key=len)
            assert any(option in args if option.startswith("-") else P in args for args in uses) or (
                not path and any(args[:2] == ["--db", P] for args in PATHS)), (command, option)


@pytest.fixture
def workdir(template, tmp_path):  # noqa: F811
    db = tmp_path / "work.db"
    shutil.copy(template, db)
    (tmp_path / "article.txt").write_text("The minister said the bridge will reopen in June.\n", encoding="utf-8")
    (tmp_path / "in.json").write_text(json.dumps(make_claimset(slug="fuzz-in")), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "backup", str(tmp_path / "b.jsonl")])
    assert result.exit_code == 0, result.output
    (tmp_path / "sub").mkdir()
    return tmp_path


def _check_outcome(result, db: str, before) -> None:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
        if before is not None:
            assert dump_database(db) == before
    check = CliRunner().invoke(cli, ["--db", db, "check"])
    assert check.exit_code == 0, check.output


def _fill(args: list[str], slot: str, value: str, folder: Path) -> list[str]:
    return [a.replace(slot, value).replace("{article}", str(folder / "article.txt"))
            .replace("{backup}", str(folder / "b.jsonl")) for a in args]


@pytest.mark.parametrize("args", NUMERIC, ids=[" ".join(a) for a in NUMERIC])
@SETTINGS
@given(number=numbers)
def test_numeric_arguments(workdir, args, number):
    db = str(workdir / "work.db")
    before = dump_database(db)
    result = CliRunner().invoke(cli, ["--db", db, *_fill(args, N, number, workdir)])
    _check_outcome(result, db, before)


@pytest.mark.parametrize("args", PATHS, ids=[" ".join(a) for a in PATHS])
@SETTINGS
@given(name=names)
def test_path_arguments(workdir, args, name):
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("..", "")]
    path = str(workdir / "sub") + "/" + "/".join(parts) if name else ""
    db = str(workdir / "work.db")
    before = dump_database(db)
    result = CliRunner().invoke(cli, ["--db", db, *_fill(args, P, path, workdir)] if args[0] != "--db"
                                else _fill(args, P, path, workdir))
    if args[0] == "--db":
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        assert result.exit_code in (0, 2) and "Traceback" not in result.output
        if result.exit_code == 2:
            assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: "), result.stderr
        return
    _check_outcome(result, db, before)


# --- claim-set records: one field at a time -------------------------------------------------------

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(), st.text(max_size=20),
              st.sampled_from(["", "\x00", "\ud800", "x\n", "javascript:alert(1)", "2025-02-30", "0000", "c1", "s1",
                               "o1", "person", "corroborates", "fact", "direct", "confirmed"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


BASE = make_claimset(slug="fuzzed")
FIELD_PATHS = [p for p in _paths(BASE) if p and p != ("document", "text")]


@st.composite
def mutated_claimsets(draw):
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(FIELD_PATHS))
        target = data
        try:
            for key in where[:-1]:
                target = target[key]
            if draw(st.booleans()) and isinstance(target, dict):
                target.pop(where[-1], None)
            else:
                target[where[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the way there
    return data


@bounded(EXAMPLES * 6)
@given(data=mutated_claimsets())
def test_mutated_claimsets_are_refused_or_stored_whole(workdir, data):
    db = str(workdir / "work.db")
    path = workdir / "mutated.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes: lone surrogates survive
    before = dump_database(db)
    result = CliRunner().invoke(cli, ["--db", db, "import", str(path)])
    _check_outcome(result, db, before)
    if result.exit_code == 0:
        exported = CliRunner().invoke(cli, ["--db", db, "export", data["document"]["slug"]])
        assert exported.exit_code == 0, exported.output
        assert json.loads(exported.stdout)["document"]["text"] == data["document"]["text"]


# --- backup records: one field of one line at a time (through the command line) --------------------

@bounded(EXAMPLES * 6)
@given(line=st.integers(0, 10_000), key=st.integers(0, 50), value=json_values, drop=st.booleans())
def test_mutated_backup_records_are_refused_or_restored(workdir, line, key, value, drop):
    lines = (workdir / "b.jsonl").read_text(encoding="utf-8").splitlines()
    index = line % len(lines)
    record = json.loads(lines[index])
    names = sorted(record)
    name = names[key % len(names)]
    if drop:
        record.pop(name)
    else:
        record[name] = value
    lines[index] = json.dumps(record)
    mutated = workdir / "mutated.jsonl"
    mutated.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fresh = workdir / f"fresh-{os.getpid()}.db"
    fresh.unlink(missing_ok=True)
    result = CliRunner().invoke(cli, ["--db", str(fresh), "restore", str(mutated)])
    _check_outcome(result, str(fresh), None)
