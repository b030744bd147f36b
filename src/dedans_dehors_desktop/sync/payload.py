"""The payload inside a bundle's encrypted chunks: zlib-compressed JSON lines, strict schema.

    {"k":"h", ...}                 head: sender replica, version vector, base and high-water
                                   mark of the delta, acknowledgements, registry, enrolment
    {"k":"p","id":"<uuid>"}        a youth that left the recipient's scope (local removal)
    {"k":"r","t":..,"id":..,"x":{replica: counter},"d":[[replica, counter, hlc, author]..],
     "f":{field: [[value, dot index]..]}}     one record's whole sync state
    {"k":"j","s":seq,"at":..,"u":..,"a":..,"t":..,"id":..,"h":..}   one line of the sender's
                                   access log (ids and metadata, never content; log_audit.py)
    {"k":"x","t":..,"id":..,"f":"*"|[field..]} erase the traces of these fields (history,
                                   conflicts' values, drafts, index): storage.erasure
    {"k":"e","records":n,"purges":m}          end, with counts

JSON lines rather than a binary encoding: the bundle is already authenticated and compressed,
lines keep memory bounded on both sides (one record at a time), and every line is checked
against an exact schema with limits on sizes, counts and nesting before anything uses it.
Reading never trusts a declared size: the decompressed stream, every line and every string are
bounded as they are read.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ..core.entities import ENTITIES, Field
from ..core.validation import is_stored_form
from ..storage.erasure import ALL_FIELDS, ErasureOrder
from ..storage.versions import DELETED, Dot
from .errors import SyncReason, SyncRejected
from .registers import Context, RecordState, Register, normalise

FORMAT_MAJOR: Final = 1
FORMAT_MINOR: Final = 0
CAPABILITY: Final = "dd-sync-jsonl-zlib"
CAPABILITIES: Final = (CAPABILITY,)

MAX_PAYLOAD: Final = 1024**3
MAX_LINE: Final = 4 * 1024 * 1024
MAX_STRING: Final = 200_000
MAX_AUTHOR: Final = 200
MAX_INT: Final = 2**62
MAX_HLC: Final = 2**60  # wall-clock milliseconds << 16: beyond the year 2500, surely wrong
MAX_REPLICAS: Final = 4096
MAX_DOTS: Final = 256
MAX_VALUES: Final = 64
MAX_UNKNOWN_FIELDS: Final = 64
MAX_RECORDS: Final = 10_000_000
MAX_PURGES: Final = 1_000_000
MAX_JOURNAL_LINES: Final = 2_000_000
MAX_JOURNAL_FIELD: Final = 200
HASH_PATTERN: Final = re.compile(r"[0-9a-f]{64}")

REPLICA_PATTERN: Final = re.compile(r"[0-9a-f]{16}")
UUID_PATTERN: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FIELD_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]{0,62}")
_READ_STEP: Final = 256 * 1024


class PayloadError(SyncRejected):
    def __init__(self, detail: str = "", reason: SyncReason = SyncReason.MALFORMED_PAYLOAD):
        super().__init__(reason)
        self.detail = detail  # for tests and debugging; never shown, never holds case data


@dataclass
class Head:
    replica: str
    vv: Context
    base: int
    hw: int
    echo: dict[str, int]
    registry: dict[str, Any] | None = None
    enrolment: dict[str, Any] | None = None
    journal: dict[str, Any] | None = None  # the sender's access-log head (log_audit.py)


@dataclass(frozen=True)
class JournalLine:
    seq: int
    at: str
    user: str
    action: str
    tbl: str
    record_id: str
    hash: str


@dataclass(frozen=True)
class Purge:
    jeune_id: str


@dataclass(frozen=True)
class End:
    records: int
    purges: int


Item = Head | Purge | RecordState | JournalLine | ErasureOrder | End


# ---------------------------------------------------------------------------------------------
# Writing


def _dumps(obj: object) -> bytes:
    return (
        json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        + b"\n"
    )


def head_line(head: Head) -> bytes:
    body: dict[str, Any] = {
        "k": "h",
        "replica": head.replica,
        "vv": head.vv,
        "base": head.base,
        "hw": head.hw,
        "echo": sorted([r, h] for r, h in head.echo.items()),
    }
    if head.registry is not None:
        body["registry"] = head.registry
    if head.enrolment is not None:
        body["enrolment"] = head.enrolment
    if head.journal is not None:
        body["journal"] = head.journal
    return _dumps(body)


def journal_line(line: JournalLine) -> bytes:
    return _dumps(
        {
            "k": "j",
            "s": line.seq,
            "at": line.at,
            "u": line.user,
            "a": line.action,
            "t": line.tbl,
            "id": line.record_id,
            "h": line.hash,
        }
    )


def erasure_line(order: ErasureOrder) -> bytes:
    fields: str | list[str] = ALL_FIELDS if order.fields is None else sorted(order.fields)
    return _dumps({"k": "x", "t": order.table, "id": order.record_id, "f": fields})


def purge_line(jeune_id: str) -> bytes:
    return _dumps({"k": "p", "id": jeune_id})


def record_line(state: RecordState) -> bytes:
    dots: list[Dot] = []
    index: dict[int, int] = {}  # by identity: registers share their Dot objects
    fields: dict[str, list[list[Any]]] = {}
    for name in sorted(state.registers):
        values = []
        for value, dot in state.registers[name]:
            at = index.get(id(dot))
            if at is None:
                at = index[id(dot)] = len(dots)
                dots.append(dot)
            values.append([value, at])
        fields[name] = values
    return _dumps(
        {
            "k": "r",
            "t": state.table,
            "id": state.id,
            "x": state.ctx,
            "d": [[d.replica, d.counter, d.hlc, d.author] for d in dots],
            "f": fields,
        }
    )


def end_line(records: int, purges: int) -> bytes:
    return _dumps({"k": "e", "records": records, "purges": purges})


class Compressor:
    """Compresses the lines of one payload; ``raw_size`` counts what went in."""

    def __init__(self, level: int = 4) -> None:
        self._z = zlib.compressobj(level)
        self.raw_size = 0

    def add(self, line: bytes) -> bytes:
        self.raw_size += len(line)
        return self._z.compress(line)

    def finish(self) -> bytes:
        return self._z.flush()


# ---------------------------------------------------------------------------------------------
# Reading


def _reject_float(_text: str) -> None:
    raise ValueError("float")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


# One decoder for every line: ``json.loads`` with options builds a new one per call.
_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=_no_duplicates, parse_float=_reject_float, parse_constant=_reject_float
)


def _load(line: bytes) -> dict[str, Any]:
    try:
        obj = _DECODER.decode(line.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise PayloadError("json") from exc
    if not isinstance(obj, dict):
        raise PayloadError("line")
    return obj


def _is_int(v: object, low: int = 0, high: int = MAX_INT) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _keys(
    obj: Mapping[str, Any], required: set[str], optional: frozenset[str] = frozenset()
) -> None:
    keys = set(obj)
    if not required <= keys or not keys <= required | optional:
        raise PayloadError("keys")


def _replica(v: object) -> str:
    if not isinstance(v, str) or not REPLICA_PATTERN.fullmatch(v):
        raise PayloadError("replica")
    return v


def _uuid(v: object) -> str:
    """A UUID in its canonical form (lowercase, hyphenated), as the stores write them."""
    if not isinstance(v, str) or not UUID_PATTERN.fullmatch(v):
        raise PayloadError("uuid")
    return v


def _context(v: object) -> Context:
    if not isinstance(v, dict) or len(v) > MAX_REPLICAS:
        raise PayloadError("context")
    out: Context = {}
    for replica, counter in v.items():
        if not _is_int(counter):
            raise PayloadError("context")
        out[_replica(replica)] = counter
    return out


def _value(v: object) -> str | int | None:
    if v is None:
        return None
    if isinstance(v, str):
        if len(v) > MAX_STRING:
            raise PayloadError("string")
        return v
    if isinstance(v, int) and _is_int(v, -MAX_INT):
        return v
    raise PayloadError("value")


def parse_head(obj: Mapping[str, Any]) -> Head:
    _keys(
        obj,
        {"k", "replica", "vv", "base", "hw", "echo"},
        frozenset({"registry", "enrolment", "journal"}),
    )
    base, hw = obj["base"], obj["hw"]
    if not _is_int(base) or not _is_int(hw) or base > hw:
        raise PayloadError("hw")
    echo_raw = obj["echo"]
    if not isinstance(echo_raw, list) or len(echo_raw) > MAX_REPLICAS:
        raise PayloadError("echo")
    echo: dict[str, int] = {}
    for item in echo_raw:
        if not isinstance(item, list) or len(item) != 2 or not _is_int(item[1]):
            raise PayloadError("echo")
        replica = _replica(item[0])
        if replica in echo:
            raise PayloadError("echo")
        echo[replica] = item[1]
    registry = obj.get("registry")
    enrolment = obj.get("enrolment")
    journal = obj.get("journal")
    for extra in (registry, enrolment, journal):
        if extra is not None and not isinstance(extra, dict):
            raise PayloadError("head extra")
    return Head(
        _replica(obj["replica"]),
        _context(obj["vv"]),
        base,
        hw,
        echo,
        registry,
        enrolment,
        journal,
    )


def parse_journal_line(obj: Mapping[str, Any]) -> JournalLine:
    _keys(obj, {"k", "s", "at", "u", "a", "t", "id", "h"})
    seq, digest = obj["s"], obj["h"]
    texts = [obj[k] for k in ("at", "u", "a", "t", "id")]
    if (
        not _is_int(seq, 1)
        or not isinstance(digest, str)
        or not HASH_PATTERN.fullmatch(digest)
        or not all(isinstance(t, str) and len(t) <= MAX_JOURNAL_FIELD for t in texts)
    ):
        raise PayloadError("journal line")
    at, user, action, tbl, record_id = (str(t) for t in texts)
    return JournalLine(seq, at, user, action, tbl, record_id, digest)


_RECORD_KEYS: Final = frozenset({"k", "t", "id", "x", "d", "f"})


def parse_record(obj: Mapping[str, Any]) -> RecordState:
    if obj.keys() != _RECORD_KEYS:
        raise PayloadError("keys")
    table = obj["t"]
    if not isinstance(table, str) or table not in ENTITIES:
        raise PayloadError("table")
    e = ENTITIES[table]
    record_id = _uuid(obj["id"])
    ctx = _context(obj["x"])
    raw_dots = obj["d"]
    if not isinstance(raw_dots, list) or not 0 < len(raw_dots) <= MAX_DOTS:
        raise PayloadError("dots")
    dots: list[Dot] = []
    for item in raw_dots:
        if not isinstance(item, list) or len(item) != 4:
            raise PayloadError("dot")
        replica, counter, hlc, author = item
        if not _is_int(counter, 1) or not _is_int(hlc, 0, MAX_HLC):
            raise PayloadError("dot")
        if not isinstance(author, str) or len(author) > MAX_AUTHOR:
            raise PayloadError("dot")
        dot = Dot(_replica(replica), counter, hlc, author)
        if ctx.get(dot.replica, 0) < dot.counter:  # a sender's context covers its own values
            raise PayloadError("context")
        dots.append(dot)
    raw_fields = obj["f"]
    if not isinstance(raw_fields, dict):
        raise PayloadError("fields")
    unknown = 0
    registers: dict[str, Register] = {}
    checks = _CHECKS[table]
    n_dots = len(dots)
    # The hot loop of a first bundle (hundreds of thousands of values): exact type tests, as
    # json.loads only ever makes exact str, int, list and dict (and bool is not int here).
    for name, raw in raw_fields.items():
        check = checks.get(name)
        if check is None:
            if not FIELD_PATTERN.fullmatch(name):
                raise PayloadError("field name")
            unknown += 1
            if unknown > MAX_UNKNOWN_FIELDS:
                raise PayloadError("unknown fields")
        if type(raw) is not list or not 0 < len(raw) <= MAX_VALUES:
            raise PayloadError("register")
        # Usually one value, present: the checks below in one test (anything else, None
        # included, goes through them and gets their exact refusal).
        if len(raw) == 1 and type(pair := raw[0]) is list and len(pair) == 2:
            value, index = pair
            kind = type(value)
            if kind is str:
                fits = len(value) <= MAX_STRING
            else:
                fits = kind is int and -MAX_INT <= value <= MAX_INT
            if (
                fits
                and type(index) is int
                and 0 <= index < n_dots
                and (check is None or check(value))
            ):
                registers[name] = ((value, dots[index]),)
                continue
        values = []
        for pair in raw:
            if type(pair) is not list or len(pair) != 2:
                raise PayloadError("register")
            value, index = pair
            if type(index) is not int or not 0 <= index < n_dots:
                raise PayloadError("register")
            kind = type(value)
            if kind is str:
                if len(value) > MAX_STRING:
                    raise PayloadError("string")
            elif kind is int:
                if not -MAX_INT <= value <= MAX_INT:
                    raise PayloadError("value")
            elif value is not None:
                raise PayloadError("value")
            if check is not None and value is not None and not check(value):
                raise PayloadError("deleted" if name == DELETED else "value form")
            values.append((value, dots[index]))
        registers[name] = normalise(values) if len(values) > 1 else (values[0],)
    if DELETED not in registers:
        raise PayloadError("deleted")
    if e.owned_by_youth:
        jeune = registers.get("jeune_id")
        if not jeune or not all(isinstance(v, str) for v, _ in jeune):
            raise PayloadError("jeune_id")
        for v, _ in jeune:
            _uuid(v)
    return RecordState(table, record_id, ctx, registers)


# Short values (codes, dates, names) repeat across a first bundle's thousands of records: their
# form is checked once per field. The check depends on the field and the value only.
_FORMS_MAX: Final = 200_000
_forms_cached = 0


def _is_deleted_flag(value: str | int) -> bool:
    return type(value) is int and (value == 0 or value == 1)


def _form_check(f: Field) -> Callable[[str | int], bool]:
    """Whether a present value (a checked str or int) has ``f``'s stored form."""
    if f.kind == "bool":
        return _is_deleted_flag
    if f.kind == "int":
        return lambda value: type(value) is int
    cache: dict[str, bool] = {}

    def check(value: str | int) -> bool:
        global _forms_cached
        if type(value) is not str:
            return False
        known = cache.get(value)
        if known is None:
            known = is_stored_form(f, value)
            if len(value) <= 64 and _forms_cached < _FORMS_MAX:
                cache[value] = known
                _forms_cached += 1
        return known

    return check


# Per table: the check of every known field's values (``_deleted`` included).
_CHECKS: Final = {
    e.table: {DELETED: _is_deleted_flag, **{f.name: _form_check(f) for f in e.fields}}
    for e in ENTITIES.values()
}


def parse_purge(obj: Mapping[str, Any]) -> Purge:
    _keys(obj, {"k", "id"})
    return Purge(_uuid(obj["id"]))


def parse_erasure(obj: Mapping[str, Any]) -> ErasureOrder:
    _keys(obj, {"k", "t", "id", "f"})
    table, fields = obj["t"], obj["f"]
    if table not in ENTITIES:
        raise PayloadError("erasure table")
    if fields == ALL_FIELDS:
        return ErasureOrder(str(table), _uuid(obj["id"]), None)
    if (
        not isinstance(fields, list)
        or not 0 < len(fields) <= MAX_UNKNOWN_FIELDS
        or not all(isinstance(f, str) and FIELD_PATTERN.fullmatch(f) for f in fields)
    ):
        raise PayloadError("erasure fields")
    return ErasureOrder(str(table), _uuid(obj["id"]), tuple(sorted(set(fields))))


def parse_end(obj: Mapping[str, Any]) -> End:
    _keys(obj, {"k", "records", "purges"})
    records, purges = obj["records"], obj["purges"]
    if not _is_int(records, 0, MAX_RECORDS) or not _is_int(purges, 0, MAX_PURGES):
        raise PayloadError("end")
    return End(records, purges)


def parse_line(line: bytes) -> Item:
    if len(line) > MAX_LINE:
        raise PayloadError("line size", SyncReason.PAYLOAD_LIMIT)
    obj = _load(line)
    kind = obj.get("k")
    if kind == "r":
        return parse_record(obj)
    if kind == "p":
        return parse_purge(obj)
    if kind == "x":
        return parse_erasure(obj)
    if kind == "h":
        return parse_head(obj)
    if kind == "e":
        return parse_end(obj)
    if kind == "j":
        return parse_journal_line(obj)
    raise PayloadError("kind")


def decompressed_lines(
    chunks: Iterable[bytes], max_payload: int = MAX_PAYLOAD, max_line: int = MAX_LINE
) -> Iterator[bytes]:
    """Lines of the decompressed stream, bounded in total and per line whatever the input."""
    z = zlib.decompressobj()
    buffer = bytearray()
    total = 0

    def emit(data: bytes) -> Iterator[bytes]:
        nonlocal total
        total += len(data)
        if total > max_payload:
            raise PayloadError("payload size", SyncReason.PAYLOAD_LIMIT)
        buffer.extend(data)
        while True:
            cut = buffer.find(b"\n")
            if cut < 0:
                if len(buffer) > max_line:
                    raise PayloadError("line size", SyncReason.PAYLOAD_LIMIT)
                return
            if cut > max_line:
                raise PayloadError("line size", SyncReason.PAYLOAD_LIMIT)
            line = bytes(buffer[:cut])
            del buffer[: cut + 1]
            yield line

    try:
        for chunk in chunks:
            if z.eof:
                if chunk:
                    raise PayloadError("trailing data")
                continue
            data = z.decompress(chunk, _READ_STEP)
            yield from emit(data)
            while z.unconsumed_tail and not z.eof:
                data = z.decompress(z.unconsumed_tail, _READ_STEP)
                yield from emit(data)
            if z.eof and z.unused_data:
                raise PayloadError("trailing data")
        if not z.eof:
            raise PayloadError("truncated")
    except zlib.error as exc:
        raise PayloadError("zlib") from exc
    if buffer:
        raise PayloadError("unterminated line")


def read_items(chunks: Iterable[bytes], max_payload: int = MAX_PAYLOAD) -> Iterator[Item]:
    """Parse and check the structure: one head first, then purges and records, one end last."""
    seen_head = False
    ended = False
    records = purges = journal = erasures = 0
    for line in decompressed_lines(chunks, max_payload):
        if ended:
            raise PayloadError("after end")
        item = parse_line(line)
        if isinstance(item, Head):
            if seen_head:
                raise PayloadError("second head")
            seen_head = True
        elif not seen_head:
            raise PayloadError("no head")
        elif isinstance(item, RecordState):
            records += 1
            if records > MAX_RECORDS:
                raise PayloadError("records", SyncReason.PAYLOAD_LIMIT)
        elif isinstance(item, Purge | ErasureOrder):
            purges += isinstance(item, Purge)
            erasures += isinstance(item, ErasureOrder)
            if purges > MAX_PURGES or erasures > MAX_RECORDS:
                raise PayloadError("purges", SyncReason.PAYLOAD_LIMIT)
        elif isinstance(item, JournalLine):
            journal += 1
            if journal > MAX_JOURNAL_LINES:
                raise PayloadError("journal", SyncReason.PAYLOAD_LIMIT)
        elif isinstance(item, End):
            if (item.records, item.purges) != (records, purges):
                raise PayloadError("counts")
            ended = True
        yield item
    if not ended:
        raise PayloadError("no end")


@dataclass
class Counts:
    records: dict[str, int] = field(default_factory=dict)
    purges: int = 0

    @property
    def total(self) -> int:
        return sum(self.records.values())
