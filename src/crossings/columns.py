"""The flat event export's columns, defined once: CSV and Parquet carry them, JSONL and GeoJSON
repeat them beside their nested blocks, and docs/data-dictionary.md documents them
(crossings.datadocs). Names follow ACLED's where one fits (event_date, time_precision,
geo_precision, latitude, longitude, notes); a closed list of values comes from the codebook."""
from __future__ import annotations

from dataclasses import dataclass

LIST_SEPARATOR = "; "  # between the values of a list in one cell


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, number (float), list (LIST_SEPARATOR-joined text in CSV)
    meaning: str
    values: str = ""  # what values look like, when no codebook list says
    codebook: str | None = None  # the codebook list its values come from


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("id", "string", "The event's id: a hash of the mentions fused into it, the same on every rerun",
           "ev- and 12 hexadecimal digits"),
    Column("type", "string", "What happened", codebook="event_types"),
    Column("status", "string", "How firmly the reports establish it", codebook="statuses"),
    Column("event_date", "string", "When it happened, as precise as the reports allow",
           "YYYY-MM-DD, YYYY-MM or YYYY (a season too gives YYYY); empty when unknown"),
    Column("time_precision", "string", "How precise event_date is", codebook="precisions"),
    Column("date_derivation", "string", "What the date rests on",
           "explicit; anchor:published or anchor:capture (the page's own date); relative:RULE "
           "(resolved against the publication date, ';capture-bounded' when only the capture date bounds it)"),
    Column("reported", "string", "Publication date of its earliest report", "YYYY-MM-DD"),
    Column("country", "string", "Where the people were posted or left from (a closure: the host country)",
           "ISO 3166 alpha-2 code"),
    Column("country_name", "string", "The English name of country", "GeoNames country name"),
    Column("region", "string", "The world region of the origin", "East Asia, Southeast Asia, Europe, Africa, ..."),
    Column("location", "string", "The origin city, when the reports name one", "its English (GeoNames) name"),
    Column("latitude", "number", "Latitude of the point that stands for the origin (WGS 84)",
           "a city's own point; with geo_precision country, the country's reference point (its capital)"),
    Column("longitude", "number", "Longitude of that point (WGS 84)", "-180 to 180; empty with latitude"),
    Column("geo_precision", "string", "What the point stands for: never read a country-level point as a city",
           "city, region or country; empty when there is no place"),
    Column("destination", "string", "Where they went", "ISO 3166 alpha-2 code, or third_country"),
    Column("destination_name", "string", "The English name of destination", "GeoNames country name, or a third country"),
    Column("names", "list", "Names of the people involved (redacted exports hide minors and relatives)",
           "names as romanised or written in the reports"),
    Column("roles", "list", "Roles of the people involved, each once", codebook="roles"),
    Column("count", "integer", "How many people, family members not counted", "1 or more; empty when no report says"),
    Column("attributed_to", "list", "Who the reports credit (ministries, agencies, outlets they cite)",
           "names as the reports give them"),
    Column("sources", "list", "Outlets that published its reports, each once", "outlet names as the pages give them"),
    Column("source_urls", "list", "Addresses of its reports, each once", "http(s) URLs (redacted exports blank hidden names)"),
    Column("independent_sources", "integer", "How many independent reports: a wire copy and its original count once",
           "1 or more"),
    Column("documents", "list", "Ids of its reports in the store", "document ids (crossings document ID)"),
    Column("notes", "string", "A one-line summary built from the columns above",
           "TYPE: WHO, in PLACE, to DESTINATION; DATE; STATUS; per ATTRIBUTION"),
    Column("review_state", "string", "The analysts' verdict; machine for the machine's output (--machine)",
           codebook="review_states"),
    Column("last_changed", "string", "When it last changed: its latest analyst decision, or the storing of its "
           "latest report", "ISO 8601 UTC time, YYYY-MM-DDTHH:MM:SS"),
)

COLUMN_NAMES = tuple(c.name for c in EVENT_COLUMNS)
