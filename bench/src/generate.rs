//! The data generator: set-based SQL run as the superuser in the benchmark database.
//!
//! Every random draw is `bench.u(g, salt)`, a hash of the dossier's number `g` and a salt, so a
//! given (départements, dossiers, year) always yields the same data. A dossier goes through up
//! to four cycles (first request, renewals 1 to 3): submission (sometimes returned and
//! resubmitted, or withdrawn), agenda and avis (sometimes adjourned, then resubmitted and heard
//! again), decision, and, when authorised, a six-month period with AFIS and APS, possibly
//! stopped, then renewed or completed. Each step writes the timeline event the services write,
//! with `statDate`, `stats` and `dims` exactly as `count()` does (nothing for people who
//! refused statistical use); only events dated up to the end of the chosen year are kept, and
//! each dossier's status is the one its last event leaves it in. `stats_counters` is then
//! summed from those events: what `stats_bump` would have added, event by event.
//!
//! Loading is done the way pg_restore does it: the indexes and constraints of the three big
//! tables are taken off, the rows are loaded by one connection per core (each for its share of
//! the départements), then every index and constraint is put back from its catalog definition
//! (foreign keys and unique keys are validated then, in one pass), and the schema is checked to
//! be exactly what it was. Row-level security, grants and policies are untouched.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tokio::task::JoinSet;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub departments: u32,
    pub dossiers_per_department: u32,
    pub year: i32,
}

/// Row counts of the generated data.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub dossiers: i64,
    pub events: i64,
    pub counting_events: i64,
    pub counters: i64,
    pub sessions: i64,
}

/// Statuses; the state key stores their index (from 1).
const STATUSES: [&str; 11] = [
    "DRAFT",
    "SUBMITTED",
    "RETURNED",
    "ON_AGENDA",
    "AWAITING_DECISION",
    "IN_PROGRESS",
    "REFUSED",
    "WITHDRAWN",
    "COMPLETED",
    "NOT_RENEWED",
    "STOPPED",
];
const CLOSED: [&str; 5] = [
    "REFUSED",
    "WITHDRAWN",
    "COMPLETED",
    "NOT_RENEWED",
    "STOPPED",
];

fn status_index(name: &str) -> usize {
    STATUSES
        .iter()
        .position(|s| *s == name)
        .map(|i| i + 1)
        .unwrap_or(0)
}

/// One kind of timeline step of a cycle (alias `c`: a `bench.cyc` row; `x.id`: the event's id).
struct EventSpec {
    /// Order within the cycle (0..=15): part of the event's id and of its time of day.
    seq: u32,
    kind: &'static str,
    actor: &'static str,
    /// The day it happened (null: it did not).
    day: &'static str,
    /// The status the dossier is in afterwards, by name (None: unchanged).
    status: Option<&'static str>,
    /// The event's own details, as `jsonb_build_object` arguments ("" for none).
    base: &'static str,
    /// The metrics it counts: a jsonb array of {"m", "b"}.
    stats: Option<&'static str>,
}

const EVENTS: [EventSpec; 16] = [
    EventSpec {
        seq: 0,
        kind: "CREATED",
        actor: "ASSOCIATION_WORKER",
        day: "case when c.r = 0 then c.created_on end",
        status: Some("'DRAFT'"),
        base: "'reference', c.reference",
        stats: None,
    },
    EventSpec {
        seq: 1,
        kind: "RENEWAL_REQUESTED",
        actor: "ASSOCIATION_WORKER",
        day: "c.req_on",
        status: Some("'DRAFT'"),
        base: "'renewal', c.r",
        stats: None,
    },
    EventSpec {
        seq: 2,
        kind: "SUBMITTED",
        actor: "ASSOCIATION_WORKER",
        day: "c.sub",
        status: Some("'SUBMITTED'"),
        base: "'renewal', c.r",
        stats: Some(
            "case when c.r = 0 then '[{\"m\": \"FIRST_REQUEST\", \"b\": -1}]'::jsonb \
             else '[{\"m\": \"RENEWAL_REQUEST\", \"b\": -1}]'::jsonb end",
        ),
    },
    EventSpec {
        seq: 3,
        kind: "RETURNED",
        actor: "PREFECTURE_AGENT",
        day: "c.ret_on",
        status: Some("'RETURNED'"),
        base: "'reason', 'Pièces justificatives manquantes : justificatif d''hébergement'",
        stats: None,
    },
    // Resubmissions count nothing: a request counts once, at its first submission.
    EventSpec {
        seq: 4,
        kind: "SUBMITTED",
        actor: "ASSOCIATION_WORKER",
        day: "c.resub",
        status: Some("'SUBMITTED'"),
        base: "'renewal', c.r",
        stats: None,
    },
    EventSpec {
        seq: 5,
        kind: "WITHDRAWN",
        actor: "ASSOCIATION_WORKER",
        day: "c.wd_on",
        status: Some("'WITHDRAWN'"),
        base: "'reason', 'La personne a quitté le département'",
        stats: None,
    },
    EventSpec {
        seq: 6,
        kind: "ADDED_TO_AGENDA",
        actor: "PREFECTURE_AGENT",
        day: "c.ag1",
        status: Some("'ON_AGENDA'"),
        base: "'sessionId', bench.uid(c.k, c.av1 - date '2000-01-01', 10::bigint << 60)",
        stats: None,
    },
    EventSpec {
        seq: 7,
        kind: "AVIS_RECORDED",
        actor: "PREFECTURE_AGENT",
        day: "c.av1",
        status: Some("case when c.adjourned then 'RETURNED' else 'AWAITING_DECISION' end"),
        base: "'avisId', x.id, 'kind', case when c.adjourned then 'ADJOURNED' else c.kind end, \
               'for', 9, 'against', 2, 'abstentions', 1, 'castingVote', false",
        stats: Some(
            "case when c.adjourned then '[{\"m\": \"AVIS_ADJOURNED\", \"b\": -1}]'::jsonb \
             when c.kind = 'FAVOURABLE' then '[{\"m\": \"AVIS_FAVOURABLE\", \"b\": -1}]'::jsonb \
             else '[{\"m\": \"AVIS_UNFAVOURABLE\", \"b\": -1}]'::jsonb end",
        ),
    },
    // After an adjournment the dossier is returned: resubmitted, then heard again.
    EventSpec {
        seq: 8,
        kind: "SUBMITTED",
        actor: "ASSOCIATION_WORKER",
        day: "c.rs2",
        status: Some("'SUBMITTED'"),
        base: "'renewal', c.r",
        stats: None,
    },
    EventSpec {
        seq: 9,
        kind: "ADDED_TO_AGENDA",
        actor: "PREFECTURE_AGENT",
        day: "c.ag2",
        status: Some("'ON_AGENDA'"),
        base: "'sessionId', bench.uid(c.k, c.av2 - date '2000-01-01', 10::bigint << 60)",
        stats: None,
    },
    EventSpec {
        seq: 10,
        kind: "AVIS_RECORDED",
        actor: "PREFECTURE_AGENT",
        day: "c.av2",
        status: Some("'AWAITING_DECISION'"),
        base: "'avisId', x.id, 'kind', c.kind, 'for', 8, 'against', 3, 'abstentions', 0, 'castingVote', false",
        stats: Some(
            "case when c.kind = 'FAVOURABLE' then '[{\"m\": \"AVIS_FAVOURABLE\", \"b\": -1}]'::jsonb \
             else '[{\"m\": \"AVIS_UNFAVOURABLE\", \"b\": -1}]'::jsonb end",
        ),
    },
    EventSpec {
        seq: 11,
        kind: "DECIDED",
        actor: "PREFECTURE_AGENT",
        day: "c.dec",
        status: Some(
            "case when c.authorised then 'IN_PROGRESS' when c.r = 0 then 'REFUSED' else 'NOT_RENEWED' end",
        ),
        base: "'outcome', case when c.authorised then 'AUTHORISED' else 'REFUSED' end, 'decisionId', x.id, \
               'reference', 'ARR-' || c.department_code || '-' || c.n || '-' || c.r, \
               'period', case when c.authorised then jsonb_build_object('number', c.r + 1, 'start', c.p_start::text, 'end', c.p_end::text) end",
        stats: Some(
            "jsonb_build_array(case when c.authorised then '{\"m\": \"DECISION_AUTHORISED\", \"b\": -1}'::jsonb \
                                    else '{\"m\": \"DECISION_REFUSED\", \"b\": -1}'::jsonb end, \
                               jsonb_build_object('m', 'DECISION_DELAY', 'b', least(greatest(c.dec - c.last_sub, 0), 730))) \
             || case when c.authorised and c.r = 0 then '[{\"m\": \"PARCOURS_STARTED\", \"b\": -1}]'::jsonb \
                     when not c.authorised and c.r > 0 then '[{\"m\": \"PARCOURS_NOT_RENEWED\", \"b\": -1}]'::jsonb \
                     else '[]'::jsonb end",
        ),
    },
    // One event per counting day, as the services write them.
    EventSpec {
        seq: 12,
        kind: "BENEFITS_RECORDED",
        actor: "ASSOCIATION_WORKER",
        day: "c.afis_on",
        status: None,
        base: "'period', c.r + 1, 'afisMonthlyCents', 34300 + 10300 * least(c.children, 3)",
        stats: Some("'[{\"m\": \"AFIS_GRANTED\", \"b\": -1}]'::jsonb"),
    },
    EventSpec {
        seq: 13,
        kind: "BENEFITS_RECORDED",
        actor: "ASSOCIATION_WORKER",
        day: "c.aps_on",
        status: None,
        base: "'period', c.r + 1, 'afisMonthlyCents', case when c.afis_on <= c.aps_on then 34300 + 10300 * least(c.children, 3) end",
        stats: Some("'[{\"m\": \"APS_ISSUED\", \"b\": -1}]'::jsonb"),
    },
    EventSpec {
        seq: 14,
        kind: "STOPPED",
        actor: "PREFECTURE_AGENT",
        day: "c.stop_on",
        status: Some("'STOPPED'"),
        base: "'reason', c.stop_reason, 'decisionId', x.id, 'afisLastPaidMonth', (c.stop_on - extract(day from c.stop_on)::integer + 1)::text",
        stats: Some("'[{\"m\": \"PARCOURS_STOPPED\", \"b\": -1}]'::jsonb"),
    },
    EventSpec {
        seq: 15,
        kind: "COMPLETED",
        actor: "SYSTEM",
        day: "c.completed_on",
        status: Some("'COMPLETED'"),
        base: "'on', c.completed_on::text",
        stats: Some("'[{\"m\": \"PARCOURS_COMPLETED\", \"b\": -1}]'::jsonb"),
    },
];

/// A status expression with its names replaced by their index.
fn status_sql(expr: &str) -> String {
    let mut out = expr.to_owned();
    for name in STATUSES {
        out = out.replace(&format!("'{name}'"), &status_index(name).to_string());
    }
    out
}

/// `(values (seq, day), ...) as e(seq, day)`: a cycle's steps and their days.
fn steps() -> String {
    let rows: Vec<String> = EVENTS
        .iter()
        .map(|e| format!("({}, {})", e.seq, e.day))
        .collect();
    format!("(values {}) as e(seq, day)", rows.join(",\n  "))
}

/// `case e.seq when 0 then ... end` over the steps.
fn by_step(expr: impl Fn(&EventSpec) -> String) -> String {
    let arms: Vec<String> = EVENTS
        .iter()
        .map(|e| format!("when {} then {}", e.seq, expr(e)))
        .collect();
    format!("case e.seq {} end", arms.join("\n    "))
}

/// What `count()` writes into the details: the event's own, plus, for people who accept
/// statistical use, the day counted on, the metrics and the attributes.
fn details(e: &EventSpec) -> String {
    let own = if e.base.is_empty() {
        String::new()
    } else {
        format!("{}, ", e.base)
    };
    let plain = if e.base.is_empty() {
        "'{}'::jsonb".to_owned()
    } else {
        format!("jsonb_build_object({})", e.base)
    };
    match e.stats {
        None => plain,
        Some(stats) => format!(
            "case when c.consent then jsonb_build_object({own}'statDate', e.day::text, 'stats', {stats}, 'dims', c.dims) else {plain} end"
        ),
    }
}

/// The timeline events of one share of the départements.
fn events_sql(cutoff: &str, part: &str) -> String {
    format!(
        "insert into dossier_events (department_code, id, dossier_id, occurred_at, actor_user_id, actor_role, kind, details, association_id)
select c.department_code, x.id, c.dossier_id, bench.ts(bench.key(e.day, c.r, e.seq)), null, {actor}, {kind}, {details}, c.association_id
from bench.cyc c
cross join lateral {steps}
cross join lateral (select bench.uid(c.k, c.n, (9::bigint << 60) | ((c.r * 16 + e.seq)::bigint << 48)) as id offset 0) x
where e.day <= date '{cutoff}' and {part}",
        actor = by_step(|e| format!("'{}'", e.actor)),
        kind = by_step(|e| format!("'{}'", e.kind)),
        details = by_step(details),
        steps = steps()
    )
}

const CYC_COLUMNS: &str = "g bigint, k int, n int, department_code text, association_id uuid, dossier_id uuid, reference text, \
    sex text, age_band text, nationality_group text, dims jsonb, consent boolean, children smallint, created_on date, \
    r int, req_on date, sub date, prev_end date, ret_on date, abandoned boolean, resub date, wd_on date, \
    ag1 date, av1 date, adjourned boolean, rs2 date, ag2 date, av2 date, kind text, last_sub date, \
    dec date, authorised boolean, p_start date, p_end date, stopped boolean, stop_on date, stop_reason text, \
    afis_on date, aps_on date, renew boolean, next_req date, next_sub date, completed_on date";

/// One cycle (first request or renewal) for every row of `source`, which gives the dossier's
/// attributes, `r`, `req_on` (renewal requested), `sub` (first submission) and `prev_end`.
/// Each lateral step is computed once per row (`offset 0` keeps it from being inlined).
fn cycle_sql(source: &str) -> String {
    format!(
        "insert into bench.cyc
select s.g, s.k, s.n, s.department_code, s.association_id, s.dossier_id, s.reference, s.sex, s.age_band,
       s.nationality_group, s.dims, s.consent, s.children, s.created_on, s.r, s.req_on, s.sub, s.prev_end,
       a.ret_on, a.abandoned, a.resub, w.wd_on, b.ag1, b.av1, b.adjourned, b2.rs2, b2.ag2, b2.av2, b.kind,
       coalesce(b2.rs2, a.resub, s.sub) as last_sub, d.dec, d.authorised, p.p_start, p.p_end,
       p2.stopped, p2.stop_on, p2.stop_reason,
       case when p2.afis_on < coalesce(p2.stop_on, 'infinity') then p2.afis_on end,
       case when p2.aps_on < coalesce(p2.stop_on, 'infinity') then p2.aps_on end,
       p2.renew, p2.next_req, p2.next_req + bench.i(s.g, z.z + 24, 3, 15),
       case when p.p_start is not null and not p2.stopped and not p2.renew then p.p_end + 1 end
from ({source}) s
cross join lateral (select s.r * 100 as z offset 0) z
-- Returned for completion (10%): resubmitted, or (first requests) left there.
cross join lateral (
  select case when bench.u(s.g, z.z + 1) < 0.10 then s.sub + bench.i(s.g, z.z + 2, 5, 20) end as ret_on,
         s.r = 0 and bench.u(s.g, z.z + 3) < 0.45 as leaves offset 0) a0
cross join lateral (
  select a0.ret_on, a0.ret_on is not null and a0.leaves as abandoned,
         case when a0.ret_on is not null and not a0.leaves then a0.ret_on + bench.i(s.g, z.z + 4, 4, 25) end as resub offset 0) a
-- Withdrawn before the avis (16% of first requests).
cross join lateral (
  select case when not a.abandoned and s.r = 0 and bench.u(s.g, z.z + 5) < 0.16
              then coalesce(a.resub, s.sub) + bench.i(s.g, z.z + 6, 10, 90) end as wd_on offset 0) w
-- On the agenda, avis (7% adjourned first), favourable for 85% (90% of renewals).
cross join lateral (
  select ag1, ag1 + bench.i(s.g, z.z + 8, 10, 30) as av1,
         ag1 is not null and bench.u(s.g, z.z + 9) < 0.07 as adjourned,
         case when ag1 is not null then
           case when bench.u(s.g, z.z + 13) < case when s.r = 0 then 0.85 else 0.90 end
                then 'FAVOURABLE' else 'UNFAVOURABLE' end end as kind
  from (select case when not a.abandoned and w.wd_on is null
                    then coalesce(a.resub, s.sub) + bench.i(s.g, z.z + 7, 7, 45) end as ag1 offset 0) x offset 0) b
cross join lateral (
  select rs2, ag2, ag2 + bench.i(s.g, z.z + 12, 10, 30) as av2
  from (select rs2, rs2 + bench.i(s.g, z.z + 11, 7, 30) as ag2
        from (select case when b.adjourned then b.av1 + bench.i(s.g, z.z + 10, 5, 20) end as rs2 offset 0) y offset 0) x offset 0) b2
-- Decision: the préfet mostly follows the avis.
cross join lateral (
  select dec, case when dec is not null then
           case when b.kind = 'FAVOURABLE' then bench.u(s.g, z.z + 15) < 0.96 else bench.u(s.g, z.z + 15) < 0.15 end
         end as authorised
  from (select coalesce(b2.av2, b.av1) + bench.i(s.g, z.z + 14, 5, 45) as dec offset 0) x offset 0) d
-- The period: six months from the decision, or from the day after the previous one.
cross join lateral (
  select p_start, (p_start + interval '6 months')::date - 1 as p_end
  from (select case when d.authorised then
                 case when s.r = 0 then d.dec else greatest(s.prev_end + 1, d.dec) end end as p_start offset 0) x offset 0) p
-- Stopped (6% of periods), AFIS (72%), APS (80%), renewed (65%, up to three times).
cross join lateral (
  select coalesce(d.authorised, false) and bench.u(s.g, z.z + 16) < 0.06 as stopped,
         case when d.authorised then p.p_start + bench.i(s.g, z.z + 17, 15, 170) end as stop_on0,
         (array['COMMITMENTS_NOT_KEPT', 'PERSON_REQUEST', 'CONDITIONS_NO_LONGER_MET'])[bench.i(s.g, z.z + 18, 1, 3)] as stop_reason,
         case when d.authorised and bench.u(s.g, z.z + 19) < 0.72 then p.p_start + bench.i(s.g, z.z + 20, 10, 60) end as afis_on,
         case when d.authorised and bench.u(s.g, z.z + 21) < 0.80 then p.p_start + bench.i(s.g, z.z + 22, 15, 90) end as aps_on,
         bench.u(s.g, z.z + 23) < 0.65 as renews offset 0) p1
cross join lateral (
  select p1.stopped, case when p1.stopped then p1.stop_on0 end as stop_on,
         case when p1.stopped then p1.stop_reason end as stop_reason, p1.afis_on, p1.aps_on,
         coalesce(d.authorised, false) and not p1.stopped and s.r < 3 and p1.renews as renew,
         case when coalesce(d.authorised, false) and not p1.stopped and s.r < 3 and p1.renews
              then p.p_end - bench.i(s.g, z.z + 25, 30, 60) end as next_req offset 0) p2"
    )
}

/// The status a cycle leaves the dossier in by the cutoff, with the key (day, cycle, step) of
/// the event that set it, as `key * 16 + status`: its steps happen in the order of their
/// numbers, so the last one done by the cutoff decides.
fn last_state(cutoff: &str) -> String {
    let arms: Vec<String> = EVENTS
        .iter()
        .rev()
        .filter_map(|e| {
            e.status.map(|status| {
                format!(
                    "when {day} <= date '{cutoff}' then bench.key({day}, c.r, {seq}) * 16 + {status}",
                    day = e.day,
                    seq = e.seq,
                    status = status_sql(status)
                )
            })
        })
        .collect();
    format!("case {} end", arms.join("\n       "))
}

/// Combines (`greatest`, `+`) an expression over the steps of a cycle done by the cutoff.
fn over_steps(
    cutoff: &str,
    which: impl Fn(&EventSpec) -> bool,
    expr: impl Fn(String, &EventSpec) -> String,
    combine: &str,
) -> String {
    let terms: Vec<String> = EVENTS
        .iter()
        .filter(|e| which(e))
        .map(|e| {
            let key = format!("bench.key({}, c.r, {})", e.day, e.seq);
            format!(
                "case when {} <= date '{cutoff}' then {} end",
                e.day,
                expr(key, e)
            )
        })
        .collect();
    if combine == "+" {
        format!(
            "({})",
            terms
                .iter()
                .map(|t| format!("coalesce({t}, 0)"))
                .collect::<Vec<_>>()
                .join(" + ")
        )
    } else {
        format!("{combine}({})", terms.join(", "))
    }
}

/// The statements one connection runs for its share of the départements (`k % parts = part`).
fn part_steps(p: Params, parts: u32, part: u32) -> Vec<(String, String)> {
    let cutoff = format!("{}-12-31", p.year);
    let m = p.dossiers_per_department;
    let mine = |alias: &str| format!("{alias}.k % {parts} = {part}");
    let statuses = STATUSES.map(|s| format!("'{s}'")).join(", ");
    let closed = CLOSED.map(|s| status_index(s).to_string()).join(", ");
    let mut out = vec![
        (
            "dossiers' attributes and dates".to_owned(),
            format!(
                "insert into bench.plan
select x.department_code, x.association_id, x.k, x.n, x.g, x.dossier_id, x.sex, x.age_band, x.nationality_group, x.dims,
       x.consent, x.children, x.s0, x.draft, x.created_on,
       x.department_code || '-' || extract(year from x.created_on) || '-' || lpad(x.rn::text, greatest(4, length(x.rn::text)), '0'),
       x.rn
from (
  select y.*, row_number() over (partition by y.department_code, extract(year from y.created_on) order by y.created_on, y.n) as rn
  from (
    select b.code as department_code, b.assoc as association_id, b.k, n, g,
           bench.uid(b.k, n, 8::bigint << 60) as dossier_id, v.sex, v.age_band, v.nationality_group,
           jsonb_build_object('sex', v.sex, 'age', v.age_band, 'nat', v.nationality_group) as dims,
           bench.u(g, 4) >= 0.05 as consent,
           floor(bench.u(g, 5) ^ 2 * 5)::smallint as children,
           s0, bench.u(g, 8) < 0.03 as draft,
           case when bench.u(g, 8) < 0.03 then s0 else s0 - bench.i(g, 7, 2, 40) end as created_on
    from bench.dep b cross join generate_series(1, {m}) n
    cross join lateral (select b.k::bigint * 100000000 + n as g offset 0) gg
    -- Mostly women; age bands and nationality groups with plausible weights.
    cross join lateral (select
           case when bench.u(g, 1) < 0.88 then 'F' when bench.u(g, 1) < 0.97 then 'M' else 'X' end as sex,
           case when bench.u(g, 2) < 0.20 then '18_24' when bench.u(g, 2) < 0.58 then '25_34'
                when bench.u(g, 2) < 0.84 then '35_44' when bench.u(g, 2) < 0.96 then '45_54' else '55_PLUS' end as age_band,
           case when bench.u(g, 3) < 0.07 then 'FRENCH' when bench.u(g, 3) < 0.19 then 'EU' else 'NON_EU' end as nationality_group
           offset 0) v
    -- More requests in recent years: the density of the first submission grows linearly.
    cross join lateral (select date '2017-01-01' + floor((date '{cutoff}' - date '2017-01-01' + 1) * sqrt(bench.u(g, 6)))::integer as s0 offset 0) ss
    where {b}
  ) y
) x",
                b = mine("b")
            ),
        ),
        (
            "first requests".to_owned(),
            cycle_sql(&format!(
                "select g, k, n, department_code, association_id, dossier_id, reference, sex, age_band, nationality_group, dims, consent, \
                 children, created_on, 0 as r, null::date as req_on, case when not draft then s0 end as sub, null::date as prev_end \
                 from bench.plan p where {}",
                mine("p")
            )),
        ),
    ];
    for r in 1..=3 {
        out.push((
            format!("renewals ({r})"),
            cycle_sql(&format!(
                "select g, k, n, department_code, association_id, dossier_id, reference, sex, age_band, nationality_group, dims, consent, \
                 children, created_on, {r} as r, next_req as req_on, next_sub as sub, p_end as prev_end \
                 from bench.cyc c where c.r = {r} - 1 and c.renew and c.next_req <= date '{cutoff}' and {}",
                mine("c")
            )),
        ));
    }
    out.push((
        "dossiers (status from their last event)".to_owned(),
        format!(
            "insert into bench.state
select c.g, max({last_state}), min({first}), max({last}), max({last_submission}), max(c.r),
       max(c.stop_reason) filter (where c.stop_on <= date '{cutoff}'), sum({events})
from bench.cyc c
where {c}
group by c.g;
insert into dossiers (department_code, id, reference, association_id, status, renewal_number, stop_reason, version,
  sex, age_band, nationality_group, statistics_consent, children, commitments, association_avis,
  created_at, updated_at, submitted_at, closed_at)
select c.department_code, c.dossier_id, c.reference, c.association_id, (array[{statuses}])[(st.last_state % 16)::integer],
       st.renewal_number, st.stop_reason, st.events, c.sex, c.age_band, c.nationality_group, c.consent, c.children,
       'Suivre les cours de français, rechercher un logement, s''inscrire à France Travail.',
       'L''association soutient la demande : engagement constant depuis l''accueil.',
       bench.ts(st.first_key), bench.ts(st.last_key), bench.ts(st.last_submission),
       case when st.last_state % 16 in ({closed}) then bench.ts(st.last_state / 16) end
from bench.cyc c join bench.state st on st.g = c.g
where c.r = 0 and {c}",
            last_state = last_state(&cutoff),
            first = "case when c.r = 0 then bench.key(c.created_on, 0, 0) end",
            last = over_steps(&cutoff, |_| true, |key, _| key, "greatest"),
            last_submission = over_steps(&cutoff, |e| e.kind == "SUBMITTED", |key, _| key, "greatest"),
            events = over_steps(&cutoff, |_| true, |_, _| "1".into(), "+"),
            c = mine("c")
        ),
    ));
    out.push((
        "timeline events".to_owned(),
        events_sql(&cutoff, &mine("c")),
    ));
    // What stats_bump adds, summed from the events: month rows, overall and per attribute
    // (hashed grouping sets over the events' metrics), then year rows from the months.
    out.push((
        "stats_counters from the events".to_owned(),
        format!(
            "set enable_sort = off; set enable_memoize = off;
create unlogged table bench.cnt_{part} as
select department_code, month, metric, bucket, sex, age, nat, grouping(sex, age, nat) as g, count(*) as value
from (select e.department_code, substr(e.details ->> 'statDate', 1, 7) as month, e.details -> 'stats' as stats,
             e.details -> 'dims' ->> 'sex' as sex, e.details -> 'dims' ->> 'age' as age, e.details -> 'dims' ->> 'nat' as nat
      from dossier_events e
      where e.details ? 'stats' and e.department_code in (select b.code from bench.dep b where {b})
      offset 0) e
cross join lateral (select s.value ->> 'm' as metric, (s.value ->> 'b')::integer as bucket
                    from jsonb_array_elements(e.stats) s) s
group by grouping sets ((department_code, month, metric, bucket), (department_code, month, metric, bucket, sex),
                        (department_code, month, metric, bucket, age), (department_code, month, metric, bucket, nat));
reset enable_sort; reset enable_memoize;
create unlogged table bench.monthly_{part} as
select department_code, (month || '-01')::date as month, metric, dim, bucket, value from (
  select department_code, month, metric, bucket, value,
         case g when 7 then '' when 3 then 'sex:' || sex when 5 then 'age:' || age when 6 then 'nat:' || nat end as dim
  from bench.cnt_{part}) x
where dim is not null and (metric <> 'DECISION_DELAY' or dim = '');
insert into stats_counters (department_code, period_kind, period_start, metric, dim, bucket, value)
select department_code, 'M', month, metric, dim, bucket, value from bench.monthly_{part}
union all
select department_code, 'Y', make_date(extract(year from month)::integer, 1, 1), metric, dim, bucket, sum(value)::bigint
from bench.monthly_{part} group by 1, 2, 3, 4, 5, 6;
drop table bench.cnt_{part}, bench.monthly_{part}",
            b = mine("b")
        ),
    ));
    out
}

/// Session settings of every generator connection.
const SETTINGS: &str = "set jit = off; set work_mem = '16GB'; set maintenance_work_mem = '1GB'; set synchronous_commit = off;
set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set max_parallel_maintenance_workers = 1; set max_parallel_workers_per_gather = 0";

/// Indexes, unique keys and foreign keys of the big tables, from the catalog: (kind, table,
/// drop, create), the largest tables first. Unique keys come back as a unique index then the
/// constraint using it, so that several indexes of a table can be built at once. Kept: the
/// unique keys other tables' foreign keys point at, and check constraints.
const DETACHABLE: &str = "select kind, tbl, drop_sql, create_sql from (
select case c.contype when 'f' then 'foreign key' else 'unique key' end as kind, c.conrelid::regclass::text as tbl,
       pg_relation_size(c.conrelid) as size, c.conname::text as name,
       format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as drop_sql,
       case c.contype when 'f' then format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
       else pg_get_indexdef(c.conindid) || '; ' || format('alter table %s add constraint %I %s using index %I', c.conrelid::regclass, c.conname,
                                                          case c.contype when 'p' then 'primary key' else 'unique' end, c.conname)
       end as create_sql
from pg_constraint c
where c.conrelid = any($1::regclass[]) and c.contype in ('p', 'u', 'f')
  and not (c.contype in ('p', 'u') and exists (select 1 from pg_constraint f
           where f.contype = 'f' and f.confrelid = c.conrelid and f.conindid = c.conindid))
union all
select 'index', i.indrelid::regclass::text, pg_relation_size(i.indrelid), i.indexrelid::regclass::text,
       format('drop index %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
from pg_index i
where i.indrelid = any($1::regclass[])
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('p', 'u', 'x'))
) x order by size desc, tbl, name";

/// Every index and constraint of the big tables, to check the schema is back as it was.
const SCHEMA: &str = "select c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) as d
from pg_constraint c where c.conrelid = any($1::regclass[])
union all
select pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid = any($1::regclass[])
order by 1";

const BIG_TABLES: [&str; 3] = ["dossiers", "dossier_events", "stats_counters"];

async fn run(conn: &mut PgConnection, label: &str, sql: &str) -> anyhow::Result<()> {
    if let Some(dir) = std::env::var_os("CDLP_BENCH_SQL_DIR") {
        let file = label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect::<String>();
        std::fs::write(std::path::Path::new(&dir).join(format!("{file}.sql")), sql)?;
    }
    sqlx::raw_sql(AssertSqlSafe(sql.to_owned()))
        .execute(conn)
        .await
        .with_context(|| format!("generator step: {label}"))?;
    Ok(())
}

async fn timed(conn: &mut PgConnection, label: &str, sql: &str) -> anyhow::Result<()> {
    let t = Instant::now();
    run(conn, label, sql).await?;
    eprintln!("  {label}: {:.1} s", t.elapsed().as_secs_f64());
    Ok(())
}

/// Runs jobs (each a list of statements) on `workers` connections, each taking the next job.
async fn run_jobs(url: &str, workers: u32, jobs: Vec<Vec<String>>) -> anyhow::Result<()> {
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let mut tasks = JoinSet::new();
    for _ in 0..workers {
        let (url, queue) = (url.to_owned(), queue.clone());
        tasks.spawn(async move {
            let mut conn = connect(&url).await?;
            run(&mut conn, "settings", SETTINGS).await?;
            loop {
                let job = queue
                    .lock()
                    .map_err(|_| anyhow::anyhow!("job queue poisoned"))?
                    .pop_front();
                let Some(job) = job else { break };
                for sql in job {
                    run(&mut conn, "reattach", &sql).await?;
                }
            }
            anyhow::Ok(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    Ok(())
}

/// Generates everything into the (migrated, empty) database at `url`.
pub async fn generate(url: &str, p: Params) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let cutoff = format!("{}-12-31", p.year);
    let (n, year) = (p.departments, p.year);
    let mut conn = connect(url).await?;
    run(&mut conn, "settings", SETTINGS).await?;
    timed(
        &mut conn,
        "helpers, associations, agréments, commissions, sessions, declared indicators",
        &format!(
            "drop schema if exists bench cascade;
create schema bench;
-- A uniform draw in [0, 1) from a dossier's number and a salt; an integer in [lo, hi].
create function bench.u(g bigint, salt integer) returns double precision language sql immutable parallel safe
  return ((hashint8extended(g, salt) >> 11) & 9007199254740991)::double precision / 9007199254740992.0;
create function bench.i(g bigint, salt integer, lo integer, hi integer) returns integer language sql immutable parallel safe
  return lo + floor(bench.u(g, salt) * (hi - lo + 1))::integer;
-- Ids in (département, number, step) order, version 8 (custom) UUIDs.
create function bench.uid(k integer, n bigint, lo bigint) returns uuid language sql immutable parallel safe
  return (lpad(to_hex((k::bigint << 32) | ((n >> 12) << 16) | 32768 | (n & 4095)), 16, '0') || lpad(to_hex(lo), 16, '0'))::uuid;
-- Events are ordered by (day, cycle, step); their time of day follows the step.
create function bench.key(day date, r integer, seq integer) returns bigint language sql immutable parallel safe
  return (day - date '2000-01-01')::bigint * 64 + r * 16 + seq;
create function bench.ts(key bigint) returns timestamptz language sql immutable parallel safe
  return ((date '2000-01-01' + (key / 64)::integer) + time '09:00' + (key % 16) * interval '10 minutes') at time zone 'Europe/Paris';
-- The départements generated: Paris first, then INSEE order.
create table bench.dep as
select code, name, region_code, sort_key, k, md5('cdlp-bench association ' || code)::uuid as assoc
from (select d.*, row_number() over (order by d.code = '75' desc, d.sort_key)::int as k from departments d) x
where k <= {n};
create unlogged table bench.plan (department_code text, association_id uuid, k int, n int, g bigint, dossier_id uuid,
  sex text, age_band text, nationality_group text, dims jsonb, consent boolean, children smallint, s0 date, draft boolean,
  created_on date, reference text, reference_number bigint);
create unlogged table bench.cyc ({CYC_COLUMNS});
create unlogged table bench.state (g bigint, last_state bigint, first_key bigint, last_key bigint, last_submission bigint,
  renewal_number int, stop_reason text, events bigint);

update departments d set onboarded_at = timestamptz '2016-06-01 09:00+02' from bench.dep b where b.code = d.code;
insert into associations (id, name, seat_department_code, declared_on, contact_email)
select assoc, 'Association d''accompagnement (' || name || ')', code, date '2002-01-01' + bench.i(k, 1, 0, 4000),
       'contact-' || lower(code) || '@association.test'
from bench.dep
union all
select md5('cdlp-bench association 2 ' || code)::uuid, 'Collectif d''entraide (' || name || ')', code,
       date '2010-01-01' + bench.i(k, 2, 0, 3000), 'collectif-' || lower(code) || '@association.test'
from bench.dep where k % 3 = 0;
-- Three-year agréments since 2016 for the main association; a recent one for a second.
insert into agrements (department_code, association_id, status, valid_from, valid_until, arrete_reference, requested_on, decided_on)
select b.code, b.assoc,
       case when (v.f + interval '3 years')::date - 1 < date '{cutoff}' then 'EXPIRED' else 'GRANTED' end,
       v.f, (v.f + interval '3 years')::date - 1, 'AGR-' || b.code || '-' || y, v.f - 90, v.f - 10
from bench.dep b cross join generate_series(2016, {year}, 3) y cross join lateral (select make_date(y, 3, 1) as f) v
union all
select b.code, md5('cdlp-bench association 2 ' || b.code)::uuid, 'GRANTED', make_date({year} - 1, 9, 1),
       (make_date({year} - 1, 9, 1) + interval '3 years')::date - 1, 'AGR-' || b.code || '-C', make_date({year} - 1, 6, 1),
       make_date({year} - 1, 8, 20)
from bench.dep b where b.k % 3 = 0;
insert into commissions (department_code, id, installed_on, arrete_reference)
select code, md5('cdlp-bench commission ' || code)::uuid, date '2016-06-01' + bench.i(k, 3, 0, 200), 'ARR-CDLP-' || code
from bench.dep;
-- A session most months since installation.
insert into commission_sessions (department_code, commission_id, scheduled_at, place, status, convened_at, closed_at)
select c.department_code, c.id, s.at, 'Préfecture, salle des commissions', 'CLOSED', s.at - interval '15 days', s.at + interval '3 hours'
from commissions c join bench.dep b on b.code = c.department_code
cross join generate_series(date_trunc('month', c.installed_on)::date, date '{year}-12-01', interval '1 month') m
cross join lateral (select b.k::bigint * 100000 + (m::date - date '2000-01-01') as h) h
cross join lateral (select ((m::date + bench.i(h.h, 4, 7, 22)) + time '14:30') at time zone 'Europe/Paris' as at) s
where bench.u(h.h, 5) < 0.8;
-- Yearly declared indicators, some corrected later (the latest counts).
insert into declared_indicators (department_code, period_kind, period_start, indicator, value, declared_at)
select b.code, 'Y', make_date(y, 1, 1), t.ind, bench.i(h.h, 6, 0, 60),
       (make_date(y, 12, 15) + time '10:00') at time zone 'Europe/Paris' + v * interval '40 days'
from bench.dep b cross join generate_series(2017, {year}) y
cross join unnest(array['PREVENTION_ACTIONS', 'TRAINING_ACTIONS', 'CLIENTS_FINED', 'AWARENESS_COURSES_ORDERED',
                        'PROXENETISME_PROCEDURES', 'TRAFFICKING_PROCEDURES']) with ordinality t(ind, o)
cross join generate_series(0, 1) v
cross join lateral (select b.k::bigint * 10000000 + y * 1000 + t.o * 10 + v as h) h
where v = 0 or bench.u(h.h, 7) < 0.1"
        ),
    )
    .await?;

    // Off with the big tables' indexes and keys while loading (as pg_restore does).
    let tables: Vec<String> = BIG_TABLES.iter().map(|t| format!("public.{t}")).collect();
    let schema_before: Vec<String> = sqlx::query_scalar(SCHEMA)
        .bind(&tables)
        .fetch_all(&mut conn)
        .await?;
    let detached: Vec<(String, String, String, String)> = sqlx::query_as(DETACHABLE)
        .bind(&tables)
        .fetch_all(&mut conn)
        .await?;
    for (_, _, drop, _) in detached.iter().filter(|d| d.0 == "foreign key") {
        run(&mut conn, "detach", drop).await?;
    }
    for (_, _, drop, _) in detached.iter().filter(|d| d.0 != "foreign key") {
        run(&mut conn, "detach", drop).await?;
    }

    // The dossiers, their events and counters: one connection per core, each for its share.
    let parts = std::thread::available_parallelism()
        .map(|n| n.get() as u32)
        .unwrap_or(2)
        .clamp(1, 8)
        .min(n);
    let t = Instant::now();
    let mut tasks = JoinSet::new();
    for part in 0..parts {
        let url = url.to_owned();
        tasks.spawn(async move {
            let mut conn = connect(&url).await?;
            run(&mut conn, "settings", SETTINGS).await?;
            let mut times = Vec::new();
            for (label, sql) in part_steps(p, parts, part) {
                let t = Instant::now();
                run(&mut conn, &label, &sql).await?;
                times.push((label, t.elapsed()));
            }
            anyhow::Ok(times)
        });
    }
    let mut by_step: Vec<(String, Duration)> = Vec::new();
    while let Some(done) = tasks.join_next().await {
        for (i, (label, d)) in done??.into_iter().enumerate() {
            match by_step.get_mut(i) {
                Some(step) => step.1 = step.1.max(d),
                None => by_step.push((label, d)),
            }
        }
    }
    let steps: Vec<String> = by_step
        .iter()
        .map(|(l, d)| format!("{l} {:.1} s", d.as_secs_f64()))
        .collect();
    eprintln!(
        "  loaded on {parts} connections in {:.1} s ({})",
        t.elapsed().as_secs_f64(),
        steps.join(", ")
    );

    // Back with every index and key (several at once), then every foreign key, validated (one
    // job per table: adding foreign keys to a table locks it); the schema must be exactly as
    // before.
    let t = Instant::now();
    let jobs = detached
        .iter()
        .filter(|d| d.0 != "foreign key")
        .map(|d| vec![d.3.clone()])
        .collect();
    run_jobs(url, parts, jobs).await?;
    eprintln!(
        "  indexes and unique keys rebuilt: {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let mut by_table: Vec<(String, Vec<String>)> = Vec::new();
    for (_, table, _, create) in detached.iter().filter(|d| d.0 == "foreign key") {
        match by_table.iter_mut().find(|(t, _)| t == table) {
            Some((_, job)) => job.push(create.clone()),
            None => by_table.push((table.clone(), vec![create.clone()])),
        }
    }
    run_jobs(
        url,
        parts,
        by_table.into_iter().map(|(_, job)| job).collect(),
    )
    .await?;
    eprintln!(
        "  foreign keys validated: {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let schema_after: Vec<String> = sqlx::query_scalar(SCHEMA)
        .bind(&tables)
        .fetch_all(&mut conn)
        .await?;
    if schema_after != schema_before {
        bail!(
            "the schema of {BIG_TABLES:?} is not what it was before loading:\nbefore: {schema_before:#?}\nafter: {schema_after:#?}"
        );
    }
    timed(
        &mut conn,
        "reference counters, cleanup",
        "insert into dossier_reference_counters (department_code, year, last_number)
select department_code, extract(year from created_on)::smallint, max(reference_number)
from bench.plan group by 1, 2;
drop schema bench cascade",
    )
    .await?;
    let t = Instant::now();
    // The visibility map of the big tables, and statistics for every table (autovacuum may be
    // off, as on the test cluster).
    for table in BIG_TABLES {
        run(&mut conn, "vacuum", &format!("vacuum {table}")).await?;
    }
    run(&mut conn, "analyze", "analyze").await?;
    eprintln!("  vacuum, analyze: {:.1} s", t.elapsed().as_secs_f64());
    Ok(started.elapsed())
}

pub async fn counts(conn: &mut PgConnection) -> anyhow::Result<Counts> {
    let (dossiers, events, counting_events, counters, sessions): (i64, i64, i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from dossiers), (select count(*) from dossier_events), \
         (select count(*) from dossier_events where details ? 'stats'), (select count(*) from stats_counters), \
         (select count(*) from commission_sessions)",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(Counts {
        dossiers,
        events,
        counting_events,
        counters,
        sessions,
    })
}

/// The distribution of the generated dossiers, for a glance at their realism.
pub async fn print_distribution(conn: &mut PgConnection) -> anyhow::Result<()> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("select status, count(*) from dossiers group by 1 order by 2 desc")
            .fetch_all(&mut *conn)
            .await?;
    let total: i64 = rows.iter().map(|(_, c)| c).sum::<i64>().max(1);
    let line: Vec<String> = rows
        .iter()
        .map(|(s, c)| format!("{s} {:.1}%", *c as f64 * 100.0 / total as f64))
        .collect();
    eprintln!("  statuses: {}", line.join(", "));
    let rows: Vec<(i16, i64)> =
        sqlx::query_as("select renewal_number, count(*) from dossiers group by 1 order by 1")
            .fetch_all(&mut *conn)
            .await?;
    let line: Vec<String> = rows.iter().map(|(r, c)| format!("{r}: {c}")).collect();
    eprintln!("  renewal numbers: {}", line.join(", "));
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "select period_kind::text, count(*) from stats_counters group by 1 order by 1",
    )
    .fetch_all(&mut *conn)
    .await?;
    let line: Vec<String> = rows.iter().map(|(k, c)| format!("{k} {c}")).collect();
    eprintln!("  stats_counters rows: {}", line.join(", "));
    Ok(())
}

/// Opens a superuser connection to `url`.
pub async fn connect(url: &str) -> anyhow::Result<PgConnection> {
    PgConnection::connect(url)
        .await
        .with_context(|| format!("connecting to {url}"))
}
