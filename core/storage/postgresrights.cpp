// Who may do what on a server, enforced by PostgreSQL itself (issue 16), so that a client
// that bypasses the program (psql) is held to the same rules as the desktop:
//  - three group roles, zhenxing_administrator, zhenxing_reviewer and zhenxing_clerk, with
//    GRANTs; an account is a login role in one of them and a row of app_user (its regions in
//    user_region) — membership alone gives nothing in a county where one has no account;
//  - a clerk enters figures only in their regions' subtrees (row-level security on figure, and
//    a trigger that says so in words), and nobody changes a figure of a submitted or approved
//    quarter (a trigger walking up the tree as periodstore::checkEditable does);
//  - every change of a figure is audited by the server in the same transaction (a trigger
//    appending to the hash chain with pgcrypto's SHA-256, as auditstore::hashOf computes it),
//    other entries through zx_audit_append; nobody but the owner writes audit_entry itself.
#include "postgresschema.h"

namespace zx::schema {

namespace {

const char *const Roles = R"(
CREATE EXTENSION IF NOT EXISTS pgcrypto;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhenxing_administrator') THEN
        CREATE ROLE zhenxing_administrator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhenxing_reviewer') THEN
        CREATE ROLE zhenxing_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhenxing_clerk') THEN
        CREATE ROLE zhenxing_clerk NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO zhenxing_administrator, zhenxing_reviewer, zhenxing_clerk;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO zhenxing_administrator, zhenxing_reviewer, zhenxing_clerk;
GRANT INSERT, UPDATE, DELETE ON figure, indicator_value, period_status, rollup_value, rollup_target,
    rollup_dirty TO zhenxing_administrator, zhenxing_reviewer, zhenxing_clerk;
GRANT INSERT, UPDATE, DELETE ON target TO zhenxing_administrator, zhenxing_reviewer;
GRANT INSERT, UPDATE, DELETE ON region, category, indicator, app_user, user_region, office_setting
    TO zhenxing_administrator
)";

// Helpers the policies and triggers ask, run with the owner's rights (SECURITY DEFINER) so a
// clerk's own reading rights do not matter; search_path pinned so nobody can slip in a table.
const char *const Helpers = R"(
CREATE FUNCTION zx_now() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;
-- The database's owner (who set it up) copying a county in: triggers stand aside.
CREATE FUNCTION zx_copying() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce(current_setting('zhenxing.copying', true), '') = 'on'
       AND pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$$;
CREATE FUNCTION zx_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT role FROM app_user WHERE name = session_user::text
$$;
-- Whether the signed-in account may enter figures of the region: administrators and reviewers
-- everywhere, a clerk in the subtrees of their regions.
CREATE FUNCTION zx_may_enter(in_region text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    WITH RECURSIVE up(code, depth) AS (
        SELECT in_region, 0
        UNION ALL
        SELECT r.parent_code, up.depth + 1 FROM region r JOIN up ON r.code = up.code
        WHERE r.parent_code IS NOT NULL AND up.depth < 16)
    SELECT CASE zx_role()
        WHEN 'administrator' THEN true
        WHEN 'reviewer' THEN true
        WHEN 'clerk' THEN EXISTS (SELECT 1 FROM user_region ur JOIN up ON ur.region_code = up.code
                                  WHERE ur.user_name = session_user::text)
        ELSE false END
$$;
CREATE FUNCTION zx_may_enter_id(in_region_id integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT zx_may_enter((SELECT code FROM region WHERE id = in_region_id))
$$;
-- Appends one entry to the hash chain: who is the signed-in role, when is the server's clock;
-- the hash as auditstore::hashOf computes it (fields joined by U+001F, SHA-256, hex).
CREATE FUNCTION zx_audit_append(in_action text, in_indicator text, in_region text, in_year integer,
                                in_quarter integer, in_old text, in_new text, in_comment text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    prev text;
    stamp text := zx_now();
    who text := session_user::text;
BEGIN
    PERFORM pg_advisory_xact_lock(1515736647);
    SELECT hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
    prev := coalesce(prev, repeat('0', 64));
    INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter,
                             old_value, new_value, comment, prev_hash, hash)
    VALUES (stamp, who, in_action, coalesce(in_indicator, ''), coalesce(in_region, ''),
            coalesce(in_year, 0), coalesce(in_quarter, 0), coalesce(in_old, ''), coalesce(in_new, ''),
            coalesce(in_comment, ''), prev,
            encode(digest(convert_to(concat_ws(chr(31), prev, stamp, who, in_action,
                                               coalesce(in_indicator, ''), coalesce(in_region, ''),
                                               coalesce(in_year, 0)::text, coalesce(in_quarter, 0)::text,
                                               coalesce(in_old, ''), coalesce(in_new, ''),
                                               coalesce(in_comment, '')), 'UTF8'), 'sha256'), 'hex'));
END $$;
REVOKE ALL ON FUNCTION zx_audit_append(text, text, text, integer, integer, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zx_audit_append(text, text, text, integer, integer, text, text, text)
    TO zhenxing_administrator, zhenxing_reviewer, zhenxing_clerk
)";

const char *const FigureRules = R"(
-- Before a figure is written: the account may enter the region, the quarter is open (neither the
-- region nor a region above it has it submitted or approved), and the figure says who and when.
CREATE FUNCTION zx_figure_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    row_region integer;
    row_period integer;
    code text;
    locked record;
BEGIN
    IF zx_copying() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    FOR i IN 1..2 LOOP
        IF i = 1 AND TG_OP = 'INSERT' THEN CONTINUE; END IF;
        IF i = 2 AND TG_OP = 'DELETE' THEN CONTINUE; END IF;
        IF i = 1 THEN row_region := OLD.region_id; row_period := OLD.period;
        ELSE row_region := NEW.region_id; row_period := NEW.period; END IF;
        SELECT r.code INTO code FROM region r WHERE r.id = row_region;
        IF NOT zx_may_enter(code) THEN
            RAISE EXCEPTION 'zhenxing: % may not enter figures of region % (outside their regions)',
                session_user, code USING ERRCODE = '42501';
        END IF;
        WITH RECURSIVE up(code, depth) AS (
            SELECT code, 0
            UNION ALL
            SELECT r.parent_code, up.depth + 1 FROM region r JOIN up ON r.code = up.code
            WHERE r.parent_code IS NOT NULL AND up.depth < 16)
        SELECT s.region_code, s.state, s.changed_by, s.changed_at INTO locked
        FROM period_status s JOIN up ON s.region_code = up.code
        WHERE s.year = row_period / 10 AND s.quarter = row_period % 10
          AND s.state IN ('submitted', 'approved')
        ORDER BY up.depth LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'zhenxing: % Q% of region % was % by % at % and is locked',
                row_period / 10, row_period % 10, locked.region_code, locked.state,
                locked.changed_by, locked.changed_at USING ERRCODE = '42501';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.entered_by := session_user::text;
    NEW.entered_at := zx_now();
    RETURN NEW;
END $$;
CREATE TRIGGER figure_guard BEFORE INSERT OR UPDATE OR DELETE ON figure
    FOR EACH ROW EXECUTE FUNCTION zx_figure_guard();

-- After: the audit entry, in the same transaction; nobody changes a figure without one.
CREATE FUNCTION zx_figure_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    key_row record;
BEGIN
    IF zx_copying() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        SELECT i.code AS indicator, r.code AS region INTO key_row
        FROM indicator i, region r WHERE i.id = OLD.indicator_id AND r.id = OLD.region_id;
        PERFORM zx_audit_append('value.delete', key_row.indicator, key_row.region, OLD.period / 10,
                                OLD.period % 10, OLD.amount, '',
                                coalesce(current_setting('zhenxing.comment', true), ''));
    ELSE
        SELECT i.code AS indicator, r.code AS region INTO key_row
        FROM indicator i, region r WHERE i.id = NEW.indicator_id AND r.id = NEW.region_id;
        PERFORM zx_audit_append('value.set', key_row.indicator, key_row.region, NEW.period / 10,
                                NEW.period % 10, CASE WHEN TG_OP = 'UPDATE' THEN OLD.amount ELSE '' END,
                                NEW.amount, NEW.comment);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figure_audit AFTER INSERT OR UPDATE OR DELETE ON figure
    FOR EACH ROW EXECUTE FUNCTION zx_figure_audit();

-- Row-level security, the second wall: what the guard says in words, the policies hold even
-- if a trigger were dropped. Reading stays open to every account of the county.
ALTER TABLE figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY figure_read ON figure FOR SELECT USING (true);
CREATE POLICY figure_insert ON figure FOR INSERT WITH CHECK (zx_copying() OR zx_may_enter_id(region_id));
CREATE POLICY figure_update ON figure FOR UPDATE USING (true)
    WITH CHECK (zx_copying() OR zx_may_enter_id(region_id));
CREATE POLICY figure_delete ON figure FOR DELETE USING (zx_copying() OR zx_may_enter_id(region_id));

-- The review: a clerk hands in (or takes back a returned) quarter of their own regions only;
-- approving, returning and reopening are a reviewer's or an administrator's.
CREATE FUNCTION zx_review_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF zx_copying() OR zx_role() IN ('administrator', 'reviewer') THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF zx_role() IS NULL THEN
        RAISE EXCEPTION 'zhenxing: % has no account in this county', session_user USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' OR NEW.state NOT IN ('submitted', 'draft')
       OR (TG_OP = 'UPDATE' AND OLD.state IN ('submitted', 'approved'))
       OR NOT zx_may_enter(NEW.region_code) THEN
        RAISE EXCEPTION 'zhenxing: a clerk (%) submits quarters of their own regions; approving, returning and reopening are a reviewer''s',
            session_user USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER review_guard BEFORE INSERT OR UPDATE OR DELETE ON period_status
    FOR EACH ROW EXECUTE FUNCTION zx_review_guard()
)";

} // namespace

QStringList serverRights()
{
    return {QString::fromUtf8(Roles), QString::fromUtf8(Helpers), QString::fromUtf8(FigureRules)};
}

} // namespace zx::schema
