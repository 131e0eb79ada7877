//! National reporting for the ministry (and each prefecture's own figures): indicators per
//! département and period, derived from the workflow counters, with statistical secrecy.
//! The ministry's figures come only from aggregate functions in PostgreSQL (no dossier row is
//! reachable in its context); small counts are hidden here, with secondary suppression.

use std::collections::HashMap;

use cdlp_db::stats::{self, CounterRow};
use cdlp_db::{Context, departments};
use cdlp_domain::Role;
use cdlp_domain::secrecy::{
    Protected, Reason, Table, protect, protect_groups, protect_one, protect_with_row_totals,
};
use chrono::{Datelike, Months, NaiveDate};

use super::{Principal, Services, parse_department};
use crate::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
}

#[derive(Debug, Clone, Copy)]
pub struct ReportPeriod {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl ReportPeriod {
    pub fn new(year: i32, quarter: Option<u32>, month: Option<u32>) -> Result<Self, ApiError> {
        let bad = |f: &'static str| ApiError::bad_input(f, "période invalide");
        let (kind, start, months) = match (quarter, month) {
            (None, None) => (
                PeriodKind::Year,
                NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| bad("year"))?,
                12,
            ),
            (Some(q @ 1..=4), None) => (
                PeriodKind::Quarter,
                NaiveDate::from_ymd_opt(year, (q - 1) * 3 + 1, 1).ok_or_else(|| bad("year"))?,
                3,
            ),
            (None, Some(m @ 1..=12)) => (
                PeriodKind::Month,
                NaiveDate::from_ymd_opt(year, m, 1).ok_or_else(|| bad("year"))?,
                1,
            ),
            (Some(_), Some(_)) => {
                return Err(ApiError::bad_input(
                    "quarter",
                    "un trimestre ou un mois, pas les deux",
                ));
            }
            (Some(_), None) => return Err(bad("quarter")),
            (None, Some(_)) => return Err(bad("month")),
        };
        if !(2016..=2100).contains(&year) {
            return Err(bad("year"));
        }
        let end = start
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .ok_or_else(|| bad("year"))?;
        Ok(Self { kind, start, end })
    }

    fn yearly(&self) -> bool {
        self.kind == PeriodKind::Year
    }

    fn declared_kind(&self) -> &'static str {
        match self.kind {
            PeriodKind::Month => "M",
            PeriodKind::Quarter => "Q",
            PeriodKind::Year => "Y",
        }
    }
}

/// The indicators derived from the workflows, in report order: (metric, French label).
pub const FLOW_INDICATORS: [(&str, &str); 13] = [
    ("FIRST_REQUEST", "Premières demandes"),
    ("RENEWAL_REQUEST", "Demandes de renouvellement"),
    ("AVIS_FAVOURABLE", "Avis favorables"),
    ("AVIS_UNFAVOURABLE", "Avis défavorables"),
    ("AVIS_ADJOURNED", "Avis d'ajournement"),
    ("DECISION_AUTHORISED", "Décisions d'autorisation"),
    ("DECISION_REFUSED", "Décisions de refus"),
    ("PARCOURS_STARTED", "Parcours engagés"),
    ("PARCOURS_COMPLETED", "Parcours achevés"),
    ("PARCOURS_NOT_RENEWED", "Parcours non renouvelés"),
    ("PARCOURS_STOPPED", "Parcours interrompus"),
    ("AFIS_GRANTED", "AFIS accordées"),
    ("APS_ISSUED", "APS délivrées"),
];
pub const IN_PROGRESS: (&str, &str) = ("IN_PROGRESS", "Parcours en cours en fin de période");

/// Breakdown dimensions and their categories (plus "unknown" for dossiers without it).
pub const DIMENSIONS: [(&str, &str, &[&str]); 3] = [
    ("sex", "Sexe", &["F", "M", "X"]),
    (
        "age",
        "Tranche d'âge",
        &["18_24", "25_34", "35_44", "45_54", "55_PLUS"],
    ),
    ("nat", "Nationalité", &["FRENCH", "EU", "NON_EU"]),
];
pub const UNKNOWN: &str = "UNKNOWN";

/// One indicator, protected: the national figure, each département's, each region's, and its
/// breakdowns.
#[derive(Debug, Clone)]
pub struct IndicatorFigures {
    pub key: String,
    pub label: String,
    pub national: Protected,
    pub departments: Vec<(String, Protected)>,
    pub regions: Vec<(String, Protected)>,
    pub breakdowns: Vec<Breakdown>,
}

#[derive(Debug, Clone)]
pub struct Breakdown {
    pub dimension: String,
    pub categories: Vec<String>,
    pub national: Vec<Protected>,
    pub departments: Vec<(String, Vec<Protected>)>,
}

#[derive(Debug, Clone)]
pub struct ContextFigures {
    pub department_code: String,
    pub installed_on: Option<NaiveDate>,
    pub sessions_held: i64,
    pub associations_in_force: i64,
    /// Median days from submission to decision (hidden below five decisions).
    pub median_days_to_decision: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct NationalReport {
    pub period: ReportPeriod,
    pub indicators: Vec<IndicatorFigures>,
    pub context: Vec<ContextFigures>,
    pub national_median_days_to_decision: Option<f64>,
    /// Declared indicators: (département, indicator, value), not about beneficiaries.
    pub declared: Vec<(String, String, i64)>,
}

/// Raw (unprotected) figures: what both the fast path and the benchmark's raw scan produce.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawFigures {
    /// département → metric → dim → value; dim '' for the overall figure. Nested so that the
    /// report's many lookups borrow their keys instead of allocating them.
    counts: HashMap<String, HashMap<String, HashMap<String, i64>>>,
    /// (département, days) → decisions.
    pub delays: HashMap<(String, i32), i64>,
}

impl RawFigures {
    pub fn from_rows(counters: Vec<CounterRow>, in_progress: Vec<(String, String, i64)>) -> Self {
        let mut raw = RawFigures::default();
        for r in counters {
            if r.metric == "DECISION_DELAY" {
                if r.dim.is_empty() {
                    *raw.delays.entry((r.department_code, r.bucket)).or_default() += r.value;
                }
            } else {
                *raw.slot(r.department_code, r.metric, r.dim) += r.value;
            }
        }
        for (code, dim, value) in in_progress {
            *raw.slot(code, IN_PROGRESS.0.into(), dim) = value;
        }
        for metrics in raw.counts.values_mut() {
            for dims in metrics.values_mut() {
                dims.retain(|_, v| *v != 0);
            }
            metrics.retain(|_, dims| !dims.is_empty());
        }
        raw.counts.retain(|_, metrics| !metrics.is_empty());
        raw.delays.retain(|_, v| *v != 0);
        raw
    }

    fn slot(&mut self, code: String, metric: String, dim: String) -> &mut i64 {
        self.counts
            .entry(code)
            .or_default()
            .entry(metric)
            .or_default()
            .entry(dim)
            .or_default()
    }

    /// Every non-zero count, sorted: (département, metric, dim) → value.
    pub fn counts(&self) -> std::collections::BTreeMap<(&str, &str, &str), i64> {
        self.counts
            .iter()
            .flat_map(|(code, metrics)| {
                metrics.iter().flat_map(move |(metric, dims)| {
                    dims.iter()
                        .map(move |(dim, v)| ((code.as_str(), metric.as_str(), dim.as_str()), *v))
                })
            })
            .collect()
    }

    /// One figure (0 when absent; never negative).
    pub fn get(&self, code: &str, metric: &str, dim: &str) -> u64 {
        self.counts
            .get(code)
            .and_then(|m| m.get(metric))
            .and_then(|d| d.get(dim))
            .copied()
            .unwrap_or(0)
            .max(0) as u64
    }
}

fn median(histogram: &[(i32, i64)]) -> Option<f64> {
    let n: i64 = histogram.iter().map(|(_, c)| c).sum();
    if n < 5 {
        return None;
    }
    let mut sorted = histogram.to_vec();
    sorted.sort();
    let nth = |k: i64| {
        let mut seen = 0;
        for (days, c) in &sorted {
            seen += c;
            if seen > k {
                return *days as f64;
            }
        }
        0.0
    };
    Some(if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    })
}

/// Builds the protected report from raw figures, for the départements listed (INSEE order).
pub fn build_report(
    period: ReportPeriod,
    raw: &RawFigures,
    departments: &[(String, String)],
    context: Vec<stats::ContextRow>,
    declared: Vec<(String, String, i64)>,
) -> NationalReport {
    let codes: Vec<&str> = departments.iter().map(|(c, _)| c.as_str()).collect();
    let mut indicators = Vec::new();
    for (key, label) in FLOW_INDICATORS.iter().chain([&IN_PROGRESS]) {
        let table = Table {
            rows: codes.iter().map(|c| vec![raw.get(c, key, "")]).collect(),
        };
        let protected = protect(&table);
        // Regions are published beside the départements and the national total: protected
        // with them (this may hide more départements), then breakdowns with the result.
        let values: Vec<u64> = table.rows.iter().map(|r| r[0]).collect();
        let mut hidden: Vec<Option<Reason>> =
            protected.cells.iter().map(|row| row[0].hidden).collect();
        let mut by_region: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        for (i, (_, region)) in departments.iter().enumerate() {
            by_region.entry(region.as_str()).or_default().push(i);
        }
        let groups: Vec<Vec<usize>> = by_region.values().cloned().collect();
        let region_figures = protect_groups(&values, &mut hidden, &groups);
        let regions: Vec<(String, Protected)> = by_region
            .keys()
            .zip(region_figures)
            .map(|(code, figure)| (code.to_string(), figure))
            .collect();
        let dept: Vec<(String, Protected)> = codes
            .iter()
            .zip(values.iter().zip(&hidden))
            .map(|(c, (&value, &reason))| {
                let figure = match reason {
                    Some(_) => Protected {
                        value: None,
                        hidden: reason,
                    },
                    None => protect_one(value),
                };
                (c.to_string(), figure)
            })
            .collect();
        let mut breakdowns = Vec::new();
        for (dim, _, categories) in DIMENSIONS {
            let mut columns: Vec<String> = categories.iter().map(|c| c.to_string()).collect();
            columns.push(UNKNOWN.into());
            let rows: Vec<Vec<u64>> = codes
                .iter()
                .map(|c| {
                    let mut row: Vec<u64> = categories
                        .iter()
                        .map(|cat| raw.get(c, key, &format!("{dim}:{cat}")))
                        .collect();
                    let known: u64 = row.iter().sum();
                    row.push(raw.get(c, key, "").saturating_sub(known));
                    row
                })
                .collect();
            let p = protect_with_row_totals(&Table { rows }, &hidden);
            breakdowns.push(Breakdown {
                dimension: dim.into(),
                categories: columns,
                national: p.column_totals.clone(),
                departments: codes
                    .iter()
                    .zip(p.cells)
                    .map(|(c, cells)| (c.to_string(), cells))
                    .collect(),
            });
        }
        indicators.push(IndicatorFigures {
            key: key.to_string(),
            label: label.to_string(),
            national: protected.column_totals[0],
            departments: dept,
            regions,
            breakdowns,
        });
    }
    let mut national_delays: HashMap<i32, i64> = HashMap::new();
    let mut per_department: HashMap<&str, Vec<(i32, i64)>> = HashMap::new();
    for ((code, days), n) in &raw.delays {
        *national_delays.entry(*days).or_default() += n;
        per_department
            .entry(code.as_str())
            .or_default()
            .push((*days, *n));
    }
    let context = context
        .into_iter()
        .filter(|c| codes.contains(&c.department_code.as_str()))
        .map(|c| ContextFigures {
            median_days_to_decision: per_department
                .get(c.department_code.as_str())
                .and_then(|h| median(h)),
            department_code: c.department_code,
            installed_on: c.installed_on,
            sessions_held: c.sessions_held,
            associations_in_force: c.associations_in_force,
        })
        .collect();
    NationalReport {
        period,
        indicators,
        context,
        national_median_days_to_decision: median(&national_delays.into_iter().collect::<Vec<_>>()),
        declared,
    }
}

/// The context of the ministry's aggregate-only functions: an analyst, the operator, or the
/// open data (no one signed in).
fn ministry_context(principal: Option<&Principal>) -> Result<Context, ApiError> {
    let Some(p) = principal else {
        return Ok(Context {
            role: Some("OPENDATA"),
            ..Context::default()
        });
    };
    let role = if p
        .memberships
        .iter()
        .any(|m| m.role == Role::MinistryAnalyst)
    {
        Role::MinistryAnalyst
    } else if p.is_operator() {
        Role::PlatformOperator
    } else {
        return Err(ApiError::Forbidden(
            "les indicateurs nationaux sont réservés au ministère".into(),
        ));
    };
    Ok(Context {
        user_id: Some(p.user_id),
        role: Some(role.as_str()),
        ..Context::default()
    })
}

impl Services {
    /// The raw figures of a period, through the ministry's aggregate-only functions.
    async fn ministry_raw(
        &self,
        principal: Option<&Principal>,
        period: ReportPeriod,
    ) -> Result<
        (
            RawFigures,
            Vec<stats::ContextRow>,
            Vec<(String, String, i64)>,
            Vec<(String, String)>,
        ),
        ApiError,
    > {
        let mut tx = self.db.begin(&ministry_context(principal)?).await?;
        let (from, to) = (
            period.start,
            if period.yearly() {
                period.start
            } else {
                period.end
            },
        );
        let counters = stats::ministry_counters(&mut tx, period.yearly(), from, to).await?;
        let in_progress = stats::ministry_in_progress(&mut tx, period.end).await?;
        let context = stats::ministry_context(&mut tx, period.start, period.end).await?;
        let declared =
            stats::ministry_declared(&mut tx, period.declared_kind(), period.start, period.end)
                .await?;
        let departments = departments::list(&mut tx)
            .await?
            .into_iter()
            .map(|d| (d.code, d.region_code))
            .collect();
        tx.commit().await?;
        Ok((
            RawFigures::from_rows(counters, in_progress),
            context,
            declared,
            departments,
        ))
    }

    /// The national report for a period (ministry analysts and the operator).
    pub async fn national_report(
        &self,
        principal: Option<&Principal>,
        period: ReportPeriod,
    ) -> Result<NationalReport, ApiError> {
        let (raw, context, declared, departments) = self.ministry_raw(principal, period).await?;
        Ok(build_report(period, &raw, &departments, context, declared))
    }

    /// One département's report: its prefecture sees its own figures in full; the ministry
    /// sees them protected like every other figure.
    pub async fn department_report(
        &self,
        principal: &Principal,
        code: &str,
        period: ReportPeriod,
    ) -> Result<NationalReport, ApiError> {
        let code = parse_department(code)?;
        if let Ok(role) = principal.role_in(&code, &[Role::PrefectureAdmin, Role::PrefectureAgent])
        {
            let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
            let (from, to) = (
                period.start,
                if period.yearly() {
                    period.start
                } else {
                    period.end
                },
            );
            let counters =
                stats::department_counters(&mut tx, &code, period.yearly(), from, to).await?;
            let in_progress = stats::department_in_progress(&mut tx, &code, period.end).await?;
            let department = departments::get(&mut tx, &code)
                .await?
                .ok_or_else(|| ApiError::not_found("département"))?;
            tx.commit().await?;
            let raw = RawFigures::from_rows(counters, in_progress);
            let mut report = build_report(
                period,
                &raw,
                &[(department.code.clone(), department.region_code)],
                vec![],
                vec![],
            );
            // Its own staff see exact figures: nothing in them is about someone they cannot see.
            for indicator in &mut report.indicators {
                let exact = raw.get(code.as_str(), &indicator.key, "");
                indicator.national = Protected {
                    value: Some(exact),
                    hidden: None,
                };
                indicator.departments = vec![(
                    code.to_string(),
                    Protected {
                        value: Some(exact),
                        hidden: None,
                    },
                )];
            }
            return Ok(report);
        }
        let (raw, context, declared, departments) =
            self.ministry_raw(Some(principal), period).await?;
        let full = build_report(period, &raw, &departments, context, declared);
        Ok(only_department(full, code.as_str()))
    }

    /// A monthly series of one indicator, national or for a département (protected).
    pub async fn indicator_series(
        &self,
        principal: &Principal,
        indicator: &str,
        from: NaiveDate,
        to: NaiveDate,
        code: Option<String>,
    ) -> Result<Vec<(NaiveDate, Protected)>, ApiError> {
        if !FLOW_INDICATORS.iter().any(|(k, _)| *k == indicator) && indicator != IN_PROGRESS.0 {
            return Err(ApiError::bad_input("indicator", "indicateur inconnu"));
        }
        let code = code.map(|c| parse_department(&c)).transpose()?;
        let first = NaiveDate::from_ymd_opt(from.year(), from.month(), 1)
            .ok_or_else(|| ApiError::bad_input("from", "date invalide"))?;
        // Ten years of months at most.
        let last = first
            .checked_add_months(Months::new(119))
            .map_or(to, |cap| cap.min(to));
        // One read: the months' counters, and the parcours in progress before the first.
        let mut tx = self.db.begin(&ministry_context(Some(principal))?).await?;
        let rows = stats::ministry_monthly_counters(&mut tx, first, last).await?;
        let before = first.pred_opt().unwrap_or(first);
        let mut in_progress: HashMap<(String, String), i64> =
            stats::ministry_in_progress(&mut tx, before)
                .await?
                .into_iter()
                .map(|(c, d, v)| ((c, d), v))
                .collect();
        let departments: Vec<(String, String)> = departments::list(&mut tx)
            .await?
            .into_iter()
            .map(|d| (d.code, d.region_code))
            .collect();
        tx.commit().await?;
        let mut by_month: HashMap<NaiveDate, Vec<stats::CounterRow>> = HashMap::new();
        for row in rows {
            by_month
                .entry(row.period_start)
                .or_default()
                .push(row.counter);
        }
        let mut out = Vec::new();
        let mut month = first;
        while month <= last {
            let counters = by_month.remove(&month).unwrap_or_default();
            for r in &counters {
                let sign = match r.metric.as_str() {
                    "PARCOURS_STARTED" => 1,
                    "PARCOURS_COMPLETED" | "PARCOURS_NOT_RENEWED" | "PARCOURS_STOPPED" => -1,
                    _ => continue,
                };
                *in_progress
                    .entry((r.department_code.clone(), r.dim.clone()))
                    .or_default() += sign * r.value;
            }
            let stock = in_progress
                .iter()
                .map(|((c, d), v)| (c.clone(), d.clone(), *v))
                .collect();
            let period = ReportPeriod::new(month.year(), None, Some(month.month()))?;
            let raw = RawFigures::from_rows(counters, stock);
            let report = build_report(period, &raw, &departments, vec![], vec![]);
            let figure = report
                .indicators
                .iter()
                .find(|i| i.key == indicator)
                .map(|i| match &code {
                    Some(c) => i
                        .departments
                        .iter()
                        .find(|(d, _)| d == c.as_str())
                        .map(|(_, p)| *p)
                        .unwrap_or(protect_one(0)),
                    None => i.national,
                })
                .unwrap_or(protect_one(0));
            out.push((month, figure));
            month = month
                .checked_add_months(Months::new(1))
                .ok_or_else(|| ApiError::bad_input("to", "date invalide"))?;
        }
        Ok(out)
    }

    /// The prefecture declares figures for the rest of the commission's mission.
    pub async fn declare_indicators(
        &self,
        principal: &Principal,
        code: &str,
        period: ReportPeriod,
        values: Vec<(String, i64)>,
        note: Option<String>,
    ) -> Result<Vec<stats::DeclaredRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &[Role::PrefectureAdmin, Role::PrefectureAgent])?;
        const KNOWN: [&str; 6] = [
            "PREVENTION_ACTIONS",
            "TRAINING_ACTIONS",
            "CLIENTS_FINED",
            "AWARENESS_COURSES_ORDERED",
            "PROXENETISME_PROCEDURES",
            "TRAFFICKING_PROCEDURES",
        ];
        if values.is_empty() {
            return Err(ApiError::bad_input("values", "au moins une valeur"));
        }
        for (indicator, value) in &values {
            if !KNOWN.contains(&indicator.as_str()) {
                return Err(ApiError::bad_input(
                    "values",
                    format!("indicateur inconnu : {indicator}"),
                ));
            }
            if *value < 0 {
                return Err(ApiError::bad_input(
                    "values",
                    "une valeur est positive ou nulle",
                ));
            }
        }
        let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        for (indicator, value) in &values {
            stats::declare(
                &mut tx,
                &code,
                period.declared_kind(),
                period.start,
                indicator,
                *value,
                note.as_deref(),
                principal.user_id,
            )
            .await?;
        }
        cdlp_db::audit::append(
            &mut tx,
            cdlp_db::audit::Entry {
                department: Some(&code),
                actor_user_id: Some(principal.user_id),
                actor_role: Some(role.as_str()),
                action: "indicators.declared",
                target_type: Some("declared_indicators"),
                target_id: Some(period.start.to_string()),
                details: serde_json::json!({ "kind": period.declared_kind(), "count": values.len() }),
            },
        )
        .await?;
        let rows = stats::declared(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(rows)
    }

    pub async fn declared_indicators(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Vec<stats::DeclaredRow>, ApiError> {
        let code = parse_department(code)?;
        let role = principal.role_in(&code, &[Role::PrefectureAdmin, Role::PrefectureAgent])?;
        let mut tx = self.db.begin(&principal.in_department(&code, role)).await?;
        let rows = stats::declared(&mut tx, &code).await?;
        tx.commit().await?;
        Ok(rows)
    }
}

/// Keeps one département's figures of a protected national report.
fn only_department(mut report: NationalReport, code: &str) -> NationalReport {
    for indicator in &mut report.indicators {
        indicator.departments.retain(|(c, _)| c == code);
        if let Some((_, p)) = indicator.departments.first() {
            indicator.national = *p;
        }
        indicator.regions.clear();
        for b in &mut indicator.breakdowns {
            b.departments.retain(|(c, _)| c == code);
            if let Some((_, cells)) = b.departments.first() {
                b.national = cells.clone();
            }
        }
    }
    report.context.retain(|c| c.department_code == code);
    report.declared.retain(|(c, _, _)| c == code);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_need_five_decisions() {
        assert_eq!(median(&[(10, 4)]), None);
        assert_eq!(median(&[(10, 3), (20, 2)]), Some(10.0));
        assert_eq!(median(&[(10, 3), (20, 3)]), Some(15.0));
    }

    #[test]
    fn periods() {
        let q = ReportPeriod::new(2026, Some(2), None).unwrap();
        assert_eq!(
            (q.start.to_string(), q.end.to_string()),
            ("2026-04-01".into(), "2026-06-30".into())
        );
        assert!(ReportPeriod::new(2026, Some(5), None).is_err());
        assert!(ReportPeriod::new(2026, Some(1), Some(1)).is_err());
    }
}
