"""The payload parser (property-based): valid lines round-trip; anything else is refused with
``PayloadError`` and never another exception; the stream reader is bounded whatever it gets."""

from __future__ import annotations

import json
import uuid
import zlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.entities import ENTITIES, Field
from dedans_dehors_desktop.core.textnorm import clean_line, clean_multiline
from dedans_dehors_desktop.storage.versions import Dot
from dedans_dehors_desktop.sync.errors import SyncReason
from dedans_dehors_desktop.sync.payload import (
    Compressor,
    End,
    Head,
    PayloadError,
    Purge,
    decompressed_lines,
    end_line,
    head_line,
    parse_line,
    purge_line,
    read_items,
    record_line,
)
from dedans_dehors_desktop.sync.registers import RecordState, merge, normalise

replicas = st.text("0123456789abcdef", min_size=16, max_size=16)
dots = st.builds(Dot, replicas, st.integers(1, 2**40), st.integers(0, 2**59), st.text(max_size=20))
texts = st.text(max_size=60)


codes = st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True)


def _value_for(f: Field) -> st.SearchStrategy[object]:
    """Values in the form the store keeps for ``f`` (what a genuine sender can send)."""
    by_kind: dict[str, st.SearchStrategy[object]] = {
        "int": st.integers(-(2**40), 2**40),
        "bool": st.sampled_from([0, 1]),
        "text": texts.map(clean_line),
        "note": texts.map(clean_multiline),
        "date": st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat),
        "time": st.tuples(st.integers(0, 23), st.integers(0, 59)).map(
            lambda hm: f"{hm[0]:02d}:{hm[1]:02d}"
        ),
        "enum": codes,
        "enumset": st.lists(codes, max_size=3).map(lambda c: json.dumps(sorted(set(c)))),
        "ref": st.uuids().map(str),
        "json": st.dictionaries(st.text(max_size=5), st.integers(), max_size=3).map(json.dumps),
    }
    return st.none() | by_kind[f.kind]


@st.composite
def record_states(draw: st.DrawFn) -> RecordState:
    table = draw(st.sampled_from(sorted(ENTITIES)))
    e = ENTITIES[table]
    registers: dict[str, tuple[tuple[object, Dot], ...]] = {}
    names = draw(st.lists(st.sampled_from(e.column_names), unique=True, max_size=5))
    for name in names:
        values = draw(st.lists(st.tuples(_value_for(e.field(name)), dots), min_size=1, max_size=3))
        registers[name] = normalise(values)  # type: ignore[arg-type]
    if e.owned_by_youth:
        registers["jeune_id"] = (
            (str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))), draw(dots)),
        )
    registers["_deleted"] = normalise([(draw(st.sampled_from([0, 1])), draw(dots))])
    unknown = draw(
        st.lists(st.from_regex(r"zz[a-z0-9_]{1,10}", fullmatch=True), unique=True, max_size=3)
    )
    for name in unknown:
        registers[name] = normalise([(draw(texts | st.none()), draw(dots))])
    ctx: dict[str, int] = {}
    for register in registers.values():
        for _, d in register:
            ctx[d.replica] = max(ctx.get(d.replica, 0), d.counter)
    extra = draw(st.dictionaries(replicas, st.integers(0, 2**40), max_size=3))
    for r, c in extra.items():
        ctx[r] = max(ctx.get(r, 0), c)
    return RecordState(table, str(uuid.uuid4()), ctx, registers)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(record_states())
def test_a_record_line_round_trips(state: RecordState) -> None:
    line = record_line(state)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    parsed = parse_line(line[:-1])
    assert parsed == state


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_refused_cleanly(data: bytes) -> None:
    try:
        parse_line(data)
    except PayloadError:
        pass


@settings(max_examples=300, deadline=None)
@given(record_states(), st.sampled_from(["k", "t", "id", "x", "d", "f"]), json_values)
def test_a_record_with_any_part_replaced_is_parsed_or_refused(
    state: RecordState, key: str, value: object
) -> None:
    obj = json.loads(record_line(state))
    obj[key] = value
    try:
        line = json.dumps(obj).encode()
    except ValueError:
        return
    try:
        item = parse_line(line)
    except PayloadError:
        return
    assert isinstance(item, RecordState | Purge | Head | End)


@settings(max_examples=200, deadline=None)
@given(st.lists(json_values, max_size=6))
def test_arbitrary_json_lines_are_parsed_or_refused(values: list[object]) -> None:
    for value in values:
        try:
            line = json.dumps(value).encode()
        except ValueError:
            continue
        try:
            parse_line(line)
        except PayloadError:
            pass


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=200), max_size=8))
def test_the_stream_reader_refuses_garbage_cleanly(chunks: list[bytes]) -> None:
    try:
        for _ in read_items(chunks):
            pass
    except PayloadError:
        pass


@settings(max_examples=100, deadline=None)
@given(
    st.lists(record_states(), max_size=5),
    st.lists(st.uuids().map(str), max_size=3),
    st.integers(1, 3000),
)
def test_a_whole_payload_round_trips_in_any_chunking(
    states: list[RecordState], purges: list[str], cut: int
) -> None:
    head = Head("0123456789abcdef", {"0123456789abcdef": 3}, 1, 5, {"fedcba9876543210": 2})
    comp = Compressor()
    data = comp.add(head_line(head))
    for p in purges:
        data += comp.add(purge_line(p))
    for s in states:
        data += comp.add(record_line(s))
    data += comp.add(end_line(len(states), len(purges))) + comp.finish()
    chunks = [data[i : i + cut] for i in range(0, len(data), cut)]
    items = list(read_items(chunks))
    assert items[0] == head
    assert [i for i in items if isinstance(i, RecordState)] == states
    assert [i.jeune_id for i in items if isinstance(i, Purge)] == purges
    assert items[-1] == End(len(states), len(purges))


def test_structure_rules() -> None:
    head = head_line(Head("0123456789abcdef", {}, 0, 0, {}))

    def stream(*lines: bytes) -> list[bytes]:
        return [zlib.compress(b"".join(lines))]

    for lines in (
        (end_line(0, 0),),
        (head,),
        (head, head, end_line(0, 0)),
        (head, end_line(0, 0), end_line(0, 0)),
        (head, end_line(1, 0)),
    ):
        with pytest.raises(PayloadError):
            list(read_items(stream(*lines)))
    with pytest.raises(PayloadError):  # data after the end of the compressed stream
        list(read_items([*stream(head, end_line(0, 0)), b"junk"]))
    assert isinstance(list(read_items(stream(head, end_line(0, 0))))[-1], End)


def test_limits_are_checked_while_reading() -> None:
    z = zlib.compressobj()
    bomb = [z.compress(b"a" * 10_000_000) + z.flush()]
    with pytest.raises(PayloadError) as caught:
        list(decompressed_lines(bomb, max_payload=10**9, max_line=1000))
    assert caught.value.reason is SyncReason.PAYLOAD_LIMIT
    z = zlib.compressobj()
    many = [z.compress(b"x\n" * 5_000_000) + z.flush()]
    with pytest.raises(PayloadError) as caught:
        list(decompressed_lines(many, max_payload=1_000_000))
    assert caught.value.reason is SyncReason.PAYLOAD_LIMIT


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(texts, dots), max_size=4), st.lists(st.tuples(texts, dots), max_size=4))
def test_register_merge_is_symmetric_and_idempotent(
    a: list[tuple[str, Dot]], b: list[tuple[str, Dot]]
) -> None:
    ra, rb = normalise(a), normalise(b)
    ca = {d.replica: d.counter for _, d in ra}
    cb = {d.replica: d.counter for _, d in rb}
    assert merge(ra, ca, rb, cb) == merge(rb, cb, ra, ca)
    assert merge(ra, ca, ra, ca) == ra
