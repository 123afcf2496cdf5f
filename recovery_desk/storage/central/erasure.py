"""Erasure at the centre (migration c0004): an ``erasures`` record a desk pushes erases the
centre's copy, and keeps it erased when a desk that has not yet heard of it pushes old
values later.

The columns are those of ``storage/privacy.py`` (``apply_erasure``, which every desk runs
when it pulls the record), and the pseudonym is the same: "Anon " and the first 8 hex
digits of the customer's id, external code "ANON-" and all 32. Changed rows get a new
version, so desks pull them (and a desk's stale change to them is a conflict, decided by
the rule, whose overruled values are not kept: ``rd_conflicts`` rows of erased records
are deleted). PostgreSQL only: the stand-in file is the desk's own, erased by the desk.
"""

from __future__ import annotations

from sqlalchemy import Connection

_HEX = "replace(cid::text, '-', '')"

# The customer's own row, and what its calls hold.
_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION rd_erase_call_notes(ids uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    UPDATE calls SET verbatim = NULL, readback_text = NULL, outcome_notes = NULL,
        draft_state = '{{}}', version = version + 1
    WHERE id = ANY(ids) AND (verbatim IS NOT NULL OR readback_text IS NOT NULL
        OR outcome_notes IS NOT NULL OR draft_state::text <> '{{}}');
    UPDATE call_steps SET notes = '', version = version + 1
    WHERE call_id = ANY(ids) AND notes <> '';
    UPDATE call_reasons SET verbatim = NULL, version = version + 1
    WHERE call_id = ANY(ids) AND verbatim IS NOT NULL;
    DELETE FROM rd_conflicts WHERE entity_id = ANY(ids)
        OR entity_id IN (SELECT id FROM call_steps WHERE call_id = ANY(ids))
        OR entity_id IN (SELECT id FROM call_reasons WHERE call_id = ANY(ids));
$$;

CREATE OR REPLACE FUNCTION rd_erase_customer(cid uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    h text := {_HEX};
    call_ids uuid[];
    related text[];
BEGIN
    UPDATE customers SET name = 'Anon ' || left(h, 8), external_id = 'ANON-' || h,
        name_folded = 'anon ' || left(h, 8),
        search_terms = 'anon ' || left(h, 8) || ' anon-' || h,
        phone = NULL, phone_alt = NULL, email = NULL, notes = NULL,
        imported_reason_text = NULL, version = version + 1
    WHERE id = cid AND (name IS DISTINCT FROM 'Anon ' || left(h, 8) OR phone IS NOT NULL
        OR phone_alt IS NOT NULL OR email IS NOT NULL OR notes IS NOT NULL
        OR imported_reason_text IS NOT NULL OR external_id IS DISTINCT FROM 'ANON-' || h);
    SELECT coalesce(array_agg(id), '{{}}') INTO call_ids FROM calls WHERE customer_id = cid;
    PERFORM rd_erase_call_notes(call_ids);
    UPDATE promises SET what = '', version = version + 1 WHERE customer_id = cid AND what <> '';
    UPDATE callbacks SET note = NULL, version = version + 1
    WHERE customer_id = cid AND note IS NOT NULL;
    UPDATE care_reviews SET notes = NULL, version = version + 1
    WHERE customer_id = cid AND notes IS NOT NULL;
    UPDATE health_events SET note = NULL, version = version + 1
    WHERE customer_id = cid AND note IS NOT NULL;
    UPDATE coaching_notes SET text = '', version = version + 1
    WHERE (customer_id = cid OR call_id = ANY(call_ids)) AND text <> '';
    related := ARRAY[cid::text]
        || (SELECT coalesce(array_agg(id::text), '{{}}') FROM calls WHERE customer_id = cid)
        || (SELECT coalesce(array_agg(id::text), '{{}}') FROM promises WHERE customer_id = cid)
        || (SELECT coalesce(array_agg(id::text), '{{}}') FROM callbacks WHERE customer_id = cid)
        || (SELECT coalesce(array_agg(id::text), '{{}}') FROM care_reviews
            WHERE customer_id = cid);
    UPDATE audit_log SET before = NULL, after = NULL, details = NULL
    WHERE (entity_id = ANY(related) OR strpos(before::text, cid::text) > 0
        OR strpos(after::text, cid::text) > 0 OR strpos(details::text, cid::text) > 0)
      AND (before IS NOT NULL OR after IS NOT NULL OR details IS NOT NULL);
    DELETE FROM rd_conflicts WHERE entity_id::text = ANY(related);
END $$;

CREATE OR REPLACE FUNCTION rd_apply_erasure() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NEW.scope = 'customer' AND NEW.customer_id IS NOT NULL THEN
        PERFORM rd_erase_customer(NEW.customer_id);
    ELSIF NEW.scope = 'call_notes' AND NEW.call_id IS NOT NULL THEN
        PERFORM rd_erase_call_notes(ARRAY[NEW.call_id]);
    END IF;
    RETURN NULL;
END $$;

-- A desk that has not yet pulled an erasure may still push the old values: kept out.
CREATE OR REPLACE FUNCTION rd_keep_erased() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    cid uuid;
    h text;
BEGIN
    IF TG_TABLE_NAME = 'customers' THEN
        cid := NEW.id;
    ELSIF TG_TABLE_NAME IN ('call_steps', 'call_reasons') THEN
        SELECT customer_id INTO cid FROM calls WHERE id = NEW.call_id;
    ELSE
        cid := NEW.customer_id;
    END IF;
    IF cid IS NULL OR NOT EXISTS (
        SELECT 1 FROM erasures WHERE customer_id = cid AND scope = 'customer'
    ) THEN
        IF TG_TABLE_NAME = 'calls' AND EXISTS (
            SELECT 1 FROM erasures WHERE call_id = NEW.id AND scope = 'call_notes'
        ) THEN
            NEW.verbatim := NULL; NEW.readback_text := NULL; NEW.outcome_notes := NULL;
        END IF;
        RETURN NEW;
    END IF;
    h := replace(cid::text, '-', '');
    IF TG_TABLE_NAME = 'customers' THEN
        NEW.name := 'Anon ' || left(h, 8); NEW.external_id := 'ANON-' || h;
        NEW.name_folded := 'anon ' || left(h, 8);
        NEW.search_terms := 'anon ' || left(h, 8) || ' anon-' || h;
        NEW.phone := NULL; NEW.phone_alt := NULL; NEW.email := NULL; NEW.notes := NULL;
        NEW.imported_reason_text := NULL;
    ELSIF TG_TABLE_NAME = 'calls' THEN
        NEW.verbatim := NULL; NEW.readback_text := NULL; NEW.outcome_notes := NULL;
        NEW.draft_state := '{{}}';
    ELSIF TG_TABLE_NAME = 'call_steps' THEN
        NEW.notes := '';
    ELSIF TG_TABLE_NAME = 'call_reasons' THEN
        NEW.verbatim := NULL;
    ELSIF TG_TABLE_NAME = 'promises' THEN
        NEW.what := '';
    ELSIF TG_TABLE_NAME = 'callbacks' THEN
        NEW.note := NULL;
    ELSIF TG_TABLE_NAME = 'care_reviews' THEN
        NEW.notes := NULL;
    ELSIF TG_TABLE_NAME = 'health_events' THEN
        NEW.note := NULL;
    END IF;
    RETURN NEW;
END $$;
"""

GUARDED = (
    "customers",
    "calls",
    "call_steps",
    "call_reasons",
    "promises",
    "callbacks",
    "care_reviews",
    "health_events",
)


def install(conn: Connection) -> None:
    """Create (or refresh) the erasure functions and triggers (PostgreSQL; idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(_FUNCTIONS)
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS rd_apply_erasure ON erasures")
    conn.exec_driver_sql(
        "CREATE TRIGGER rd_apply_erasure AFTER INSERT ON erasures "
        "FOR EACH ROW EXECUTE FUNCTION rd_apply_erasure()"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_c_erasures_customer ON erasures (customer_id)"
    )
    for name in GUARDED:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rd_keep_erased ON {name}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER rd_keep_erased BEFORE INSERT OR UPDATE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION rd_keep_erased()"
        )
