"""The shape of the code: every public api function has its CLI command; no import circles;
filters defined once."""
import ast
import inspect
from pathlib import Path

from crossings import api

SRC = Path(api.__file__).parent


def test_every_public_api_function_has_its_command():
    public = {name for name, fn in inspect.getmembers(api, inspect.isfunction)
              if not name.startswith("_") and fn.__module__ == api.__name__}
    cli = (SRC / "cli.py").read_text(encoding="utf-8")
    assert public and {name for name in public if f"api.{name}(" not in cli} == set()


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.AST):
    """Import nodes anywhere: function bodies and `if TYPE_CHECKING:` blocks count too."""
    return (node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom)))


def import_graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in SRC.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        deps = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name in files}
                continue
            base = node.module or ""
            if node.level:
                package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            for a in node.names:
                deps.add(f"{base}.{a.name}" if f"{base}.{a.name}" in files else base)
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(root: str) -> None:
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]; counter[0] += 1; stack.append(root); on.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter[0]; counter[0] += 1; stack.append(w); on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop(); on.discard(w); component.append(w)
                    if w == v:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circles():
    graph = import_graph()
    assert "crossings.extract.pipeline" in graph["crossings.extract.en"]  # the graph sees imports
    assert cycles(graph) == []


def test_filters_are_defined_once_and_agree(db_url):
    """The store's SQL and review's in-memory filter read one table (crossings.facets.FILTERS):
    every filter value gives the same events both ways."""
    from crossings.document import DateInfo, Document, content_hash
    from crossings.events import Event, Mention, Place, Subject, When
    from crossings.facets import FILTERS, facets, matches
    from crossings.store import Store

    def report(doc: str) -> Mention:
        return Mention(doc, "defection", None, [], Place(), None, When(None), [], [])

    events = [Event("ev-a", "defection", "confirmed", [Subject(name="Ri Un", role="family_member")],
                    Place("Lyon", "FR"), "KR", When("2023-04", "month"), mentions=[report("d-a")]),
              Event("ev-b", "recall", "reported", [Subject(descriptor="100% loyal cadre", role="familyXmember")],
                    Place(country="CN"), None, When("2024", "year"), mentions=[report("d-b")])]
    store = Store(db_url)
    store.add_documents((Document(id=i, text=i, raw=i, outlet=o, url=u, published=DateInfo(None),
                                  content_hash=content_hash(i)), None) for i, o, u in (("d-a", "Gull Times", "https://en.gull.example/1"),
                                               ("d-b", "kite.example", None)))
    store.replace_events(events)
    outlets = store.outlets_of(["d-a", "d-b"])
    probes = {"type": ["recall"], "year": [2023, "2024"], "country": ["fr", "CN"], "status": ["reported"],
              "role": ["family_member"], "text": ["ri un", "100%", "lyon", "_"],  # "_" is no LIKE wildcard
              "destination": ["kr"], "since": ["2024-06"], "until": ["2023"],
              "outlet": ["GULL TIMES", "gull.example", "https://en.gull.example/", "kite.example"]}
    assert set(probes) == set(FILTERS)
    for name, values in probes.items():
        for value in values:
            in_sql = {e.id for e in store.events(**{name: value})}
            in_memory = {e.id for e in events if matches(facets(e, outlets), **{name: value})}
            assert in_sql == in_memory and len(in_sql) <= 1, (name, value)
    assert {e.id for e in store.events(outlet="example")} == {"ev-a", "ev-b"}  # a domain above both
    # a date range takes an event whose period overlaps it: the year 2024 is in "since 2024-06"
    ranges = {("2024-06", None): {"ev-b"}, ("2023-04-30", None): {"ev-a", "ev-b"}, ("2023-05", None): {"ev-b"},
              (None, "2023"): {"ev-a"}, (None, "2023-03-31"): set(), (None, "2023-04-01"): {"ev-a"},
              ("2023-04-15", "2023-12"): {"ev-a"}, ("2023-05", "2024-01-01"): {"ev-b"}}
    for (since, until), expected in ranges.items():
        assert {e.id for e in store.events(since=since, until=until)} == expected, (since, until)
        assert {e.id for e in events if matches(e, since=since, until=until)} == expected, (since, until)


def test_a_filter_value_off_the_codebook_is_refused_not_an_empty_answer(db_url):
    """ "--type defections" once answered an empty table and exit code 0."""
    import pytest
    from typer.testing import CliRunner

    from crossings import api
    from crossings.cli import app
    from crossings.codebook import InvalidValue

    for bad in ({"type": "defections"}, {"role": "diplomats"}, {"status": "rumoured"}, {"country": "XX"},
                {"year": "last year"}, {"since": "June 2016"}, {"until": "2016-13"}, {"destination": "Seoul"},
                {"since": "2017-06", "until": "2016"}):
        with pytest.raises(InvalidValue):
            api.events(db=db_url, **bad)
    shown = CliRunner().invoke(app, ["--db", db_url, "events", "--type", "defections"])
    assert shown.exit_code != 0 and "choose one of defection" in shown.output
    assert api.events(db=db_url, type="defection", country="kp") == []  # valid values, empty store


def test_the_cli_tells_its_version():
    from importlib.metadata import version

    from typer.testing import CliRunner

    from crossings.cli import app

    shown = CliRunner().invoke(app, ["--version"])
    assert shown.exit_code == 0 and shown.output.strip() == f"crossings {version('crossings')}"


def test_a_piped_table_is_whole_not_cut_to_80_columns(db_url):
    """ "defec… 2025-…": Rich fits tables to 80 columns when stdout is no terminal."""
    import os
    import subprocess
    import sys

    from crossings.events import Event, Place, Subject, When
    from crossings.store import Store

    Store(db_url).replace_events([Event("ev-long", "attempted_defection", "unconfirmed",
                                        [Subject(name="Kim Yong-chol", role="restaurant_worker", count=12)],
                                        Place("Vladivostok", "RU", "Eastern Europe"), None, When("2025-02-20", "day"))])
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    shown = subprocess.run([sys.executable, "-c", "from crossings.cli import app; app()", "--db", db_url, "events"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "attempted_defection" in shown.stdout and "Vladivostok, Eastern Europe, RU" in shown.stdout
    assert "Kim Yong-chol" in shown.stdout and "unconfirmed" in shown.stdout and "…" not in shown.stdout
