"""The agreement document: every section of DESIGN.md as validated types.

Field order in each class is the order of DESIGN.md's table, which is the order of the
config's full form. Optional fields default to their empty value, so ``model_dump``
of any instance *is* the full form.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .fields import (
    MAX_ITEMS,
    WEEKDAYS,
    Clock,
    ClockTime,
    Count,
    Duration,
    Email,
    IsoDate,
    Key,
    Name,
    Number,
    OptBuyingRole,
    OptDate,
    OptSeniority,
    OptTeam,
    Outcome,
    Priority,
    Ref,
    RuleKind,
    StakeholderTeam,
    Team,
    TermStatus,
    Text,
    TextList,
    TimeZone,
    Weekday,
)


class Strict(BaseModel):
    """No coercion, no unknown fields; ``null`` for an optional field means its empty value."""

    # defer_build: validators are built on first use, not at import (start-up time).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)

    @model_validator(mode="before")
    @classmethod
    def _null_is_empty(cls, data: Any) -> Any:
        # Runs for every item of every list on every edit: the common case (no null)
        # returns at once; a 2,000-term agreement spent 60 ms here asking for fields.
        if not isinstance(data, dict) or not any(value is None for value in data.values()):
            return data
        fields = cls.__pydantic_fields__
        cleaned = dict(data)
        for name, value in data.items():
            field = fields.get(name)
            if value is None and field is not None and not field.is_required():
                default = field.get_default(call_default_factory=True)
                if default is not None:
                    cleaned[name] = default
        return cleaned


class BusinessHours(Strict):
    timezone: TimeZone
    days: list[Weekday] = Field(min_length=1, max_length=7, json_schema_extra={"uniqueItems": True})
    start: ClockTime
    end: ClockTime
    holidays: list[IsoDate] = Field(default_factory=list, max_length=MAX_ITEMS)

    # Field validators, not one for the whole object: each problem names its own field,
    # and both are reported at once.
    @field_validator("days")
    @classmethod
    def _each_day_once(cls, days: list[Weekday]) -> list[Weekday]:
        twice = sorted({day for day in days if days.count(day) > 1}, key=WEEKDAYS.index)
        if twice:
            raise ValueError(f"lists {', '.join(twice)} twice")
        return days

    @field_validator("end")
    @classmethod
    def _after_start(cls, end: str, info: ValidationInfo) -> str:
        start = info.data.get("start")  # absent when start itself was refused
        if start is not None and start >= end:
            raise ValueError(f"must be later than the start ({start})")
        return end


class ParkingLotItem(Strict):
    key: Key
    question: Name
    assignee: Ref = None


class Term(Strict):
    key: Key
    name: Name
    status: TermStatus
    aliases: TextList = Field(default_factory=list)
    sales_view: Text = ""
    marketing_view: Text = ""
    agreed_definition: Text = ""
    notes: Text = ""


class Stage(Strict):
    key: Key
    name: Name
    owner: Team
    entry_criteria: Text = ""
    exit_criteria: Text = ""
    handoff: bool = False


class CompanySize(Strict):
    min: Count | None = None
    max: Count | None = None

    @model_validator(mode="after")
    def _range(self) -> CompanySize:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not be greater than max")
        return self


class Persona(Strict):
    key: Key
    name: Name
    industries: TextList = Field(default_factory=list)
    company_size: CompanySize | None = None
    geographies: TextList = Field(default_factory=list)
    departments: TextList = Field(default_factory=list)
    buying_role: OptBuyingRole = None
    pains: Text = ""
    notes: Text = ""

    @model_validator(mode="after")
    def _empty_size(self) -> Persona:
        # An all-empty range means the same as no range.
        size = self.company_size
        if size is not None and size.min is None and size.max is None:
            object.__setattr__(self, "company_size", None)
        return self


class Title(Strict):
    key: Key
    title: Name
    priority: Priority
    seniority: OptSeniority = None
    persona: Ref = None


class SlaWindow(Strict):
    key: Key
    name: Name
    owner: Team
    within: Duration
    clock: Clock
    start_event: Text = ""
    end_event: Text = ""
    from_stage: Ref = None
    to_stage: Ref = None
    escalate_to: list[Key] = Field(default_factory=list, max_length=MAX_ITEMS)
    notes: Text = ""


class RejectionReason(Strict):
    key: Key
    label: Name
    outcome: Outcome
    requires_note: bool = False
    description: Text = ""


class Stakeholder(Strict):
    key: Key
    name: Name
    team: StakeholderTeam
    role: Text = ""
    email: Email = ""
    responsibilities: TextList = Field(default_factory=list)
    signatory: bool = False


class Goal(Strict):
    key: Key
    statement: Name
    metric: Text = ""
    target: Number | None = None
    unit: Text = ""
    owner: OptTeam = None


class ScoringRule(Strict):
    key: Key
    criterion: Name
    kind: RuleKind
    points: Number


class HandoffField(Strict):
    key: Key
    label: Name
    required: bool = False


class Qualification(Strict):
    mql_threshold: Number | None = None
    rules: list[ScoringRule] = Field(default_factory=list, max_length=MAX_ITEMS)
    handoff_fields: list[HandoffField] = Field(default_factory=list, max_length=MAX_ITEMS)

    def is_empty(self) -> bool:
        return self.mql_threshold is None and not self.rules and not self.handoff_fields


class Cadence(Strict):
    key: Key
    name: Name
    every: Duration
    attendees: list[Key] = Field(default_factory=list, max_length=MAX_ITEMS)
    agenda: Text = ""


_HOURS_FIELDS = ("timezone", "days", "start", "end", "holidays")


def _hours_left_empty(value: Any) -> Any:
    """Business hours whose every field is empty (``{}``, ``days: []``) mean none, as an
    empty company size or qualification does: absent and empty mean the same."""
    if isinstance(value, dict) and set(value) <= set(_HOURS_FIELDS) and all(
            part in (None, "", []) for part in value.values()):
        return None
    return value


def _empty_hours_schema(schema: dict[str, Any]) -> None:
    """The schema says so too: business hours may be an object of empty fields."""
    empty: dict[str, Any] = {"enum": ["", None]}
    no_list: dict[str, Any] = {"anyOf": [{"type": "array", "maxItems": 0}, {"type": "null"}]}
    schema["anyOf"].append({
        "type": "object", "additionalProperties": False,
        "properties": {"timezone": empty, "days": no_list, "start": empty, "end": empty,
                       "holidays": no_list}})


class Content(Strict):
    """What signatures cover: the agreement itself."""

    title: Name
    organization: Name
    facilitator: Text = ""
    workshop_date: OptDate = None
    effective_from: OptDate = None
    review_by: OptDate = None
    business_hours: Annotated[BusinessHours | None, BeforeValidator(_hours_left_empty)] = Field(
        default=None, json_schema_extra=_empty_hours_schema)
    parking_lot: list[ParkingLotItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    terms: list[Term] = Field(default_factory=list, max_length=MAX_ITEMS)
    stages: list[Stage] = Field(default_factory=list, max_length=MAX_ITEMS)
    personas: list[Persona] = Field(default_factory=list, max_length=MAX_ITEMS)
    titles: list[Title] = Field(default_factory=list, max_length=MAX_ITEMS)
    sla_windows: list[SlaWindow] = Field(default_factory=list, max_length=MAX_ITEMS)
    rejection_reasons: list[RejectionReason] = Field(default_factory=list, max_length=MAX_ITEMS)
    stakeholders: list[Stakeholder] = Field(default_factory=list, max_length=MAX_ITEMS)
    goals: list[Goal] = Field(default_factory=list, max_length=MAX_ITEMS)
    qualification: Qualification | None = None
    cadences: list[Cadence] = Field(default_factory=list, max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _empty_qualification(self) -> Content:
        if self.qualification is not None and self.qualification.is_empty():
            object.__setattr__(self, "qualification", None)
        return self


#: The keyed lists of ``Content`` in document order, nested ones by their dotted path.
KEYED_SECTIONS: tuple[str, ...] = (
    "parking_lot",
    "terms",
    "stages",
    "personas",
    "titles",
    "sla_windows",
    "rejection_reasons",
    "stakeholders",
    "goals",
    "qualification.rules",
    "qualification.handoff_fields",
    "cadences",
)
