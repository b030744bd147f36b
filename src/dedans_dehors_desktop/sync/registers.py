"""The merge of one record's state with a received one: pure functions, no database.

A record's sync state is a set of multi-value registers (one per field, plus ``_deleted``) and a
causal context. A register holds the values written concurrently, each with its dot (replica,
counter); usually there is one. The context maps each replica to the highest counter of its
writes to this record that the installation has seen. The state travels whole, so the context
is closed under causality: a dot it covers was seen here, and either is still present or was
superseded by a write made with knowledge of it.

Join of a local and a received register (the "dot kernel" of delta-state CRDTs):
- a local value survives if the sender has it too, or if the sender never saw it;
- a received value is added unless this installation already saw (and superseded) it.
Equal values from concurrent writes are one value (the one with the greatest dot), so two people
typing the same thing make no conflict. The result is sorted: its first value is the
provisional value shown while a conflict waits, the same on every installation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..core.validation import StoredValue
from ..storage.versions import DELETED, Dot

Value = tuple[StoredValue, Dot]
Register = tuple[Value, ...]
Context = dict[str, int]


def covers(ctx: Mapping[str, int], dot: Dot) -> bool:
    return ctx.get(dot.replica, 0) >= dot.counter


def canonical(value: StoredValue) -> tuple[int, int | str]:
    """A total order over stored values (None < integers < texts), cheap to compute."""
    if value is None:
        return (0, 0)
    if isinstance(value, int):
        return (1, value)
    return (2, value)


def rank(value: Value) -> tuple[int, str, int, str, tuple[int, int | str]]:
    """Total order used for every deterministic choice: hybrid clock first, then the dot."""
    v, d = value
    return (d.hlc, d.replica, d.counter, d.author, canonical(v))


def normalise(values: Iterable[Value]) -> Register:
    """One value per dot, one dot per distinct value, greatest first."""
    values = tuple(values)
    if len(values) <= 1:
        return values
    by_dot: dict[tuple[str, int], Value] = {}
    for v in values:
        key = v[1].key
        if key not in by_dot or rank(v) > rank(by_dot[key]):
            by_dot[key] = v
    by_value: dict[tuple[int, int | str], Value] = {}
    for v in by_dot.values():
        text = canonical(v[0])
        if text not in by_value or rank(v) > rank(by_value[text]):
            by_value[text] = v
    return tuple(sorted(by_value.values(), key=rank, reverse=True))


def merge(
    local: Register, local_ctx: Mapping[str, int], remote: Register, remote_ctx: Mapping[str, int]
) -> Register:
    local_keys = {v[1].key for v in local}
    remote_keys = {v[1].key for v in remote}
    kept = [v for v in local if v[1].key in remote_keys or not covers(remote_ctx, v[1])]
    added = [v for v in remote if v[1].key in local_keys or not covers(local_ctx, v[1])]
    return normalise(kept + added)


def join_contexts(*contexts: Mapping[str, int]) -> Context:
    out: Context = {}
    for ctx in contexts:
        for replica, counter in ctx.items():
            if counter > out.get(replica, 0):
                out[replica] = counter
    return out


def context_of(registers: Mapping[str, Register]) -> Context:
    out: Context = {}
    for register in registers.values():
        for _, d in register:
            if d.counter > out.get(d.replica, 0):
                out[d.replica] = d.counter
    return out


@dataclass
class RecordState:
    """A record as it travels: every register (known fields, ``_deleted``, unknown fields)."""

    table: str
    id: str
    ctx: Context
    registers: dict[str, Register] = field(default_factory=dict)

    def value(self, name: str) -> StoredValue:
        register = self.registers.get(name)
        return register[0][0] if register else None

    @property
    def deleted(self) -> bool:
        return bool(self.value(DELETED))


def merge_states(local: RecordState | None, remote: RecordState) -> RecordState:
    """The join of two states of one record (``local`` None: not known here yet)."""
    if local is None:  # registers from the parser are already normalised
        return RecordState(
            remote.table,
            remote.id,
            dict(remote.ctx),
            {k: r for k, r in remote.registers.items() if r},
        )
    registers: dict[str, Register] = {}
    for name in sorted(set(local.registers) | set(remote.registers)):
        merged = merge(
            local.registers.get(name, ()), local.ctx, remote.registers.get(name, ()), remote.ctx
        )
        if merged:
            registers[name] = merged
    return RecordState(local.table, local.id, join_contexts(local.ctx, remote.ctx), registers)
