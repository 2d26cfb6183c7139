// Who may do what on a server, enforced by PostgreSQL itself (issue 16), so that a client
// that bypasses the program (psql) is held to the same rules as the desktop:
//  - three group roles, zhenxing_administrator, zhenxing_reviewer and zhenxing_clerk, with
//    GRANTs; an account is a login role in one of them and a row of app_user (its regions in
//    user_region) — membership alone gives nothing in a county where one has no account;
//  - a clerk enters figures only in their regions' subtrees (row-level security on figure, and
//    a statement trigger that says so in words), and nobody changes a figure of a submitted or
//    approved quarter (the same trigger walking up the tree as periodstore::checkEditable does);
//  - every change of a figure is audited by the server in the same transaction (that trigger
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
-- Each figure written says who and when: the role signed in and the server's clock. A clerk's
-- figure outside their regions is refused here in words, before the row-level security
-- policy below would refuse it in its own.
CREATE FUNCTION zx_figure_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- The account's role, looked up once per transaction (kept in a transaction-local setting;
    -- one set by hand only changes which check words the refusal: zx_check_keys and the
    -- policies below hold whatever it says).
    account_role text := current_setting('zhenxing.role', true);
BEGIN
    IF current_setting('zhenxing.copying', true) = 'on' AND zx_copying() THEN
        RETURN NEW;
    END IF;
    IF coalesce(account_role, '') = '' THEN
        account_role := coalesce(zx_role(), 'none');
        PERFORM set_config('zhenxing.role', account_role, true);
    END IF;
    IF account_role IN ('clerk', 'none') AND NOT zx_may_enter_id(NEW.region_id) THEN
        RAISE EXCEPTION 'zhenxing: % may not enter figures of region % (outside their regions)',
            session_user, (SELECT code FROM region WHERE id = NEW.region_id) USING ERRCODE = '42501';
    END IF;
    NEW.entered_by := session_user::text;
    NEW.entered_at := zx_now();
    RETURN NEW;
END $$;
CREATE TRIGGER figure_stamp BEFORE INSERT OR UPDATE ON figure
    FOR EACH ROW EXECUTE FUNCTION zx_figure_stamp();

-- The keys a statement wrote, checked at once: the account may enter every region among them,
-- and no quarter among them is submitted or approved for the region or a region above it.
-- An error undoes the whole statement.
CREATE FUNCTION zx_check_keys(ids integer[], periods integer[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who_role text := zx_role();
    bad text;
    locked record;
BEGIN
    IF who_role IS NULL OR who_role = 'clerk' THEN
        WITH RECURSIVE allowed(code) AS (
            SELECT region_code FROM user_region WHERE user_name = session_user::text AND who_role = 'clerk'
            UNION
            SELECT r.code FROM region r JOIN allowed a ON r.parent_code = a.code)
        SELECT r.code INTO bad FROM unnest(ids) AS k(id) JOIN region r ON r.id = k.id
        WHERE NOT EXISTS (SELECT 1 FROM allowed a WHERE a.code = r.code)
        ORDER BY r.code LIMIT 1;
        IF bad IS NOT NULL THEN
            RAISE EXCEPTION 'zhenxing: % may not enter figures of region % (outside their regions)',
                session_user, bad USING ERRCODE = '42501';
        END IF;
    END IF;
    WITH RECURSIVE keys AS (
        SELECT DISTINCT r.code, k.period FROM unnest(ids, periods) AS k(id, period) JOIN region r ON r.id = k.id),
    up(origin, code, period, depth) AS (
        SELECT code, code, period, 0 FROM keys
        UNION ALL
        SELECT up.origin, r.parent_code, up.period, up.depth + 1 FROM up JOIN region r ON r.code = up.code
        WHERE r.parent_code IS NOT NULL AND up.depth < 16)
    SELECT s.region_code, s.state, s.changed_by, s.changed_at, up.period INTO locked
    FROM up JOIN period_status s ON s.region_code = up.code AND s.year = up.period / 10
        AND s.quarter = up.period % 10
    WHERE s.state IN ('submitted', 'approved')
    ORDER BY up.origin, up.period, up.depth LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'zhenxing: % Q% of region % was % by % at % and is locked',
            locked.period / 10, locked.period % 10, locked.region_code, locked.state,
            locked.changed_by, locked.changed_at USING ERRCODE = '42501';
    END IF;
END $$;

-- After each statement on figure: its keys checked, then one audit entry per figure in the
-- same transaction, chained as auditstore::hashOf computes (nobody changes a figure without
-- its entry). Statement-level with transition tables: an import of thousands of figures is
-- checked once, not once per figure.
CREATE FUNCTION zx_chain_next(prev text, stamp text, who text, in_action text, in_indicator text,
                              in_region text, in_period integer, in_old text, in_new text, in_comment text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    h text := encode(digest(convert_to(concat_ws(chr(31), prev, stamp, who, in_action, in_indicator,
                                                 in_region, (in_period / 10)::text, (in_period % 10)::text,
                                                 in_old, in_new, in_comment), 'UTF8'), 'sha256'), 'hex');
BEGIN
    INSERT INTO audit_entry (at, user_name, action, indicator_code, region_code, year, quarter,
                             old_value, new_value, comment, prev_hash, hash)
    VALUES (stamp, who, in_action, in_indicator, in_region, in_period / 10, in_period % 10,
            in_old, in_new, in_comment, prev, h);
    RETURN h;
END $$;
REVOKE ALL ON FUNCTION zx_chain_next(text, text, text, text, text, text, integer, text, text, text) FROM PUBLIC;

CREATE FUNCTION zx_figure_written() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    ids integer[];
    periods integer[];
    prev text;
    stamp text := zx_now();
    who text := session_user::text;
    deleted_comment text := coalesce(current_setting('zhenxing.comment', true), '');
    rec record;
BEGIN
    IF zx_copying() THEN
        RETURN NULL;
    END IF;
    -- Each branch names only the transition tables its event has.
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(region_id), array_agg(period) INTO ids, periods
        FROM (SELECT DISTINCT region_id, period FROM changed) k;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(region_id), array_agg(period) INTO ids, periods
        FROM (SELECT region_id, period FROM changed UNION SELECT region_id, period FROM before) k;
    ELSE
        SELECT array_agg(region_id), array_agg(period) INTO ids, periods
        FROM (SELECT DISTINCT region_id, period FROM before) k;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM zx_check_keys(ids, periods);

    PERFORM pg_advisory_xact_lock(1515736647);
    SELECT hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
    prev := coalesce(prev, repeat('0', 64));
    IF TG_OP = 'INSERT' THEN
        FOR rec IN
            SELECT i.code AS indicator, r.code AS region, c.period, c.amount, c.comment
            FROM changed c JOIN indicator i ON i.id = c.indicator_id JOIN region r ON r.id = c.region_id
            ORDER BY c.period, r.code, i.code
        LOOP
            prev := zx_chain_next(prev, stamp, who, 'value.set', rec.indicator, rec.region, rec.period,
                                  '', rec.amount, rec.comment);
        END LOOP;
    ELSIF TG_OP = 'UPDATE' THEN
        FOR rec IN
            SELECT i.code AS indicator, r.code AS region, c.period, coalesce(b.amount, '') AS old_amount,
                   c.amount, c.comment
            FROM changed c JOIN indicator i ON i.id = c.indicator_id JOIN region r ON r.id = c.region_id
            LEFT JOIN before b ON b.period = c.period AND b.region_id = c.region_id
                AND b.indicator_id = c.indicator_id
            ORDER BY c.period, r.code, i.code
        LOOP
            prev := zx_chain_next(prev, stamp, who, 'value.set', rec.indicator, rec.region, rec.period,
                                  rec.old_amount, rec.amount, rec.comment);
        END LOOP;
        -- A figure moved to another key by hand (the view): its old key is gone.
        FOR rec IN
            SELECT i.code AS indicator, r.code AS region, b.period, b.amount
            FROM before b JOIN indicator i ON i.id = b.indicator_id JOIN region r ON r.id = b.region_id
            WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE c.period = b.period
                                  AND c.region_id = b.region_id AND c.indicator_id = b.indicator_id)
            ORDER BY b.period, r.code, i.code
        LOOP
            prev := zx_chain_next(prev, stamp, who, 'value.delete', rec.indicator, rec.region, rec.period,
                                  rec.amount, '', deleted_comment);
        END LOOP;
    ELSE
        FOR rec IN
            SELECT i.code AS indicator, r.code AS region, b.period, b.amount
            FROM before b JOIN indicator i ON i.id = b.indicator_id JOIN region r ON r.id = b.region_id
            ORDER BY b.period, r.code, i.code
        LOOP
            prev := zx_chain_next(prev, stamp, who, 'value.delete', rec.indicator, rec.region, rec.period,
                                  rec.amount, '', deleted_comment);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figure_inserted AFTER INSERT ON figure REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION zx_figure_written();
CREATE TRIGGER figure_updated AFTER UPDATE ON figure REFERENCING OLD TABLE AS before NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION zx_figure_written();
CREATE TRIGGER figure_deleted AFTER DELETE ON figure REFERENCING OLD TABLE AS before
    FOR EACH STATEMENT EXECUTE FUNCTION zx_figure_written();

-- Row-level security, the second wall: what the triggers say in words, the policies hold even
-- if a trigger were dropped (by group here — the triggers check the county's own account).
-- Reading stays open to every account of the county.
ALTER TABLE figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY figure_read ON figure FOR SELECT USING (true);
CREATE POLICY figure_insert ON figure FOR INSERT WITH CHECK (
    pg_has_role('zhenxing_administrator', 'MEMBER') OR pg_has_role('zhenxing_reviewer', 'MEMBER')
    OR zx_may_enter_id(region_id));
CREATE POLICY figure_update ON figure FOR UPDATE USING (true) WITH CHECK (
    pg_has_role('zhenxing_administrator', 'MEMBER') OR pg_has_role('zhenxing_reviewer', 'MEMBER')
    OR zx_may_enter_id(region_id));
CREATE POLICY figure_delete ON figure FOR DELETE USING (
    pg_has_role('zhenxing_administrator', 'MEMBER') OR pg_has_role('zhenxing_reviewer', 'MEMBER')
    OR zx_may_enter_id(region_id));

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
