//! Authorised periods of a parcours: 6 months each, renewable, 24 months at most
//! (L.121-9 II; i.e. a first period and three renewals).

use chrono::{Datelike, Months, NaiveDate};

pub const PERIOD_MONTHS: u32 = 6;
pub const MAX_PERIODS: u8 = 4;
/// Renewals after the first period.
pub const MAX_RENEWALS: u8 = MAX_PERIODS - 1;

/// One authorised period; `number` counts from 1, `end` is inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub number: u8,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error(
        "le parcours de sortie dure au plus 24 mois : les quatre périodes de six mois ont déjà été autorisées"
    )]
    LimitReached,
    #[error("la nouvelle période doit commencer après la fin de la précédente")]
    StartsBeforePreviousEnds,
}

impl Period {
    pub fn first(start: NaiveDate) -> Period {
        Period {
            number: 1,
            start,
            end: Self::end_for(start),
        }
    }

    /// The next period after a renewal: number + 1 (≤ MAX_PERIODS), starting the day after this
    /// one ends, whenever the renewal is decided (the parcours is renewed, not restarted: the
    /// renewal is requested before the running period ends, see [`renewal_window`]).
    pub fn next(&self, _decided_on: NaiveDate) -> Result<Period, PeriodError> {
        self.next_starting(self.end.succ_opt().unwrap_or(NaiveDate::MAX))
    }

    /// The next period, starting on an explicit date (e.g. one set by the préfet's decision).
    pub fn next_starting(&self, start: NaiveDate) -> Result<Period, PeriodError> {
        if self.number >= MAX_PERIODS {
            return Err(PeriodError::LimitReached);
        }
        if start <= self.end {
            return Err(PeriodError::StartsBeforePreviousEnds);
        }
        Ok(Period {
            number: self.number + 1,
            start,
            end: Self::end_for(start),
        })
    }

    /// Last day of a period starting on `start`: start + 6 months − 1 day. Past the end of a
    /// shorter month, chrono clamps to its last day (31 Aug + 6 months = 28 Feb).
    pub fn end_for(start: NaiveDate) -> NaiveDate {
        start
            .checked_add_months(Months::new(PERIOD_MONTHS))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    pub fn has_ended(&self, today: NaiveDate) -> bool {
        today > self.end
    }

    /// Ends within the next `days` days (its last day included) and has not ended yet.
    pub fn renewal_due_within(&self, today: NaiveDate, days: i64) -> bool {
        !self.has_ended(today) && (self.end - today).num_days() <= days
    }
}

/// The AFIS stops from the month after a stop decision: the last month paid is the decision's month.
/// Returns the first day of that month.
pub fn afis_last_paid_month(decided_on: NaiveDate) -> NaiveDate {
    // Day 1 exists in every month.
    decided_on.with_day(1).unwrap_or(decided_on)
}

/// The default renewal window: the last two months of the running period (a setting of each
/// département's commission).
pub const RENEWAL_WINDOW_MONTHS: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RenewalError {
    #[error(
        "le renouvellement se demande dans les derniers mois de la période en cours : pas avant le {0}"
    )]
    TooEarly(NaiveDate),
    #[error("la période en cours est terminée : le renouvellement ne peut plus être demandé")]
    TooLate,
}

/// A renewal is requested while the running period ends soon: from `months` before its end to
/// its last day (R.121-12-9: the renewal looks back on the period, so it comes at its end).
pub fn renewal_window(end: NaiveDate, months: u32, today: NaiveDate) -> Result<(), RenewalError> {
    let opens = end
        .checked_sub_months(Months::new(months))
        .and_then(|d| d.succ_opt())
        .unwrap_or(NaiveDate::MIN);
    if today < opens {
        return Err(RenewalError::TooEarly(opens));
    }
    if today > end {
        return Err(RenewalError::TooLate);
    }
    Ok(())
}

/// R.121-12-9 §2: a renewal is examined on the actions carried out and their results, the
/// commitments kept and the difficulties met. Field names and their French labels.
pub const RENEWAL_EVALUATION: [(&str, &str); 3] = [
    ("actionsResults", "actions menées et leurs résultats"),
    ("commitmentsKept", "engagements tenus"),
    ("difficulties", "difficultés rencontrées"),
];

/// What a stop decision does to the periods (the préfet ends the parcours early; the AFIS
/// stops from the month after the decision, D.121-12-13 ff. as summarised in ASH 3037): the
/// running period pays its current month and ends there; periods not started yet are cancelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopPlan {
    /// The period running on the decision's day (or the last one started before it).
    pub running: Option<u8>,
    /// First day of the last month paid in the running period.
    pub afis_last_paid_month: Option<NaiveDate>,
    /// Periods that had not started on the decision's day.
    pub cancelled: Vec<u8>,
}

pub fn stop_plan(periods: &[Period], decided_on: NaiveDate) -> StopPlan {
    let running = periods
        .iter()
        .filter(|p| p.start <= decided_on)
        .max_by_key(|p| p.number);
    StopPlan {
        running: running.map(|p| p.number),
        // Never beyond the running period's own last month.
        afis_last_paid_month: running.map(|p| afis_last_paid_month(decided_on.min(p.end))),
        cancelled: periods
            .iter()
            .filter(|p| p.start > decided_on)
            .map(|p| p.number)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_stop_ends_the_running_period_and_cancels_the_later_ones() {
        let p1 = Period::first(d("2026-01-01"));
        let p2 = p1.next(d("2026-06-01")).unwrap();
        let p3 = p2.next(d("2026-06-01")).unwrap();
        let all = [p1, p2, p3];
        assert_eq!(
            stop_plan(&all, d("2026-03-17")),
            StopPlan {
                running: Some(1),
                afis_last_paid_month: Some(d("2026-03-01")),
                cancelled: vec![2, 3],
            }
        );
        // In the second period.
        assert_eq!(
            stop_plan(&all, d("2026-07-01")),
            StopPlan {
                running: Some(2),
                afis_last_paid_month: Some(d("2026-07-01")),
                cancelled: vec![3],
            }
        );
        // After the last one ended: its last month, nothing to cancel.
        let plan = stop_plan(&[p1], d("2026-09-03"));
        assert_eq!(plan.running, Some(1));
        assert_eq!(plan.afis_last_paid_month, Some(d("2026-06-01")));
        assert!(plan.cancelled.is_empty());
        // Before any period started: all cancelled, nothing paid.
        let plan = stop_plan(&all, d("2025-12-31"));
        assert_eq!(plan.running, None);
        assert_eq!(plan.afis_last_paid_month, None);
        assert_eq!(plan.cancelled, vec![1, 2, 3]);
    }
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_period_lasts_six_months() {
        assert_eq!(Period::end_for(d("2024-01-01")), d("2024-06-30"));
        assert_eq!(Period::end_for(d("2024-01-15")), d("2024-07-14"));
        assert_eq!(Period::end_for(d("2023-09-01")), d("2024-02-29"));
        assert_eq!(Period::end_for(d("2024-08-31")), d("2025-02-27"));
        assert_eq!(Period::end_for(NaiveDate::MAX), NaiveDate::MAX);
        let p = Period::first(d("2024-03-10"));
        assert_eq!(
            p,
            Period {
                number: 1,
                start: d("2024-03-10"),
                end: d("2024-09-09")
            }
        );
    }

    #[test]
    fn next_starts_the_day_after_the_running_period_ends() {
        let p = Period::first(d("2024-01-01"));
        let on_time = p.next(d("2024-06-20")).unwrap();
        assert_eq!(on_time.number, 2);
        assert_eq!(on_time.start, d("2024-07-01"));
        assert_eq!(on_time.end, d("2024-12-31"));
        assert_eq!(p.next(d("2024-06-30")).unwrap().start, d("2024-07-01"));
        // Decided after the end: still the day after it (renewed, not restarted).
        assert_eq!(p.next(d("2024-07-15")).unwrap().start, d("2024-07-01"));
    }

    #[test]
    fn a_renewal_is_requested_in_the_last_months_of_the_period() {
        let end = d("2026-06-30");
        assert_eq!(
            renewal_window(end, 2, d("2026-04-30")),
            Err(RenewalError::TooEarly(d("2026-05-01")))
        );
        assert_eq!(renewal_window(end, 2, d("2026-05-01")), Ok(()));
        assert_eq!(renewal_window(end, 2, end), Ok(()));
        assert_eq!(
            renewal_window(end, 2, d("2026-07-01")),
            Err(RenewalError::TooLate)
        );
        assert_eq!(renewal_window(end, 6, d("2026-01-01")), Ok(()));
    }

    #[test]
    fn at_most_four_periods() {
        let mut p = Period::first(d("2024-01-01"));
        for _ in 0..3 {
            p = p.next(p.end).unwrap();
        }
        assert_eq!(p.number, MAX_PERIODS);
        assert_eq!(p.end, d("2025-12-31"));
        assert_eq!(p.next(p.end), Err(PeriodError::LimitReached));
        assert_eq!(
            p.next_starting(d("2026-01-01")),
            Err(PeriodError::LimitReached)
        );
    }

    #[test]
    fn an_explicit_start_may_not_overlap() {
        let p = Period::first(d("2024-01-01"));
        assert_eq!(
            p.next_starting(d("2024-06-30")),
            Err(PeriodError::StartsBeforePreviousEnds)
        );
        assert_eq!(p.next_starting(d("2024-07-01")).unwrap().number, 2);
    }

    #[test]
    fn days_within_and_after_a_period() {
        let p = Period::first(d("2024-01-01"));
        assert!(!p.contains(d("2023-12-31")));
        assert!(p.contains(d("2024-01-01")));
        assert!(p.contains(d("2024-06-30")));
        assert!(!p.contains(d("2024-07-01")));
        assert!(!p.has_ended(d("2024-06-30")));
        assert!(p.has_ended(d("2024-07-01")));
    }

    #[test]
    fn renewal_due_window() {
        let p = Period::first(d("2024-01-01"));
        assert!(!p.renewal_due_within(d("2024-05-30"), 30));
        assert!(p.renewal_due_within(d("2024-05-31"), 30));
        assert!(p.renewal_due_within(d("2024-06-30"), 30));
        assert!(p.renewal_due_within(d("2024-06-30"), 0));
        assert!(!p.renewal_due_within(d("2024-07-01"), 30));
        assert!(!p.renewal_due_within(d("2024-06-30"), -1));
    }

    #[test]
    fn afis_is_paid_for_the_month_of_the_stop_decision() {
        assert_eq!(afis_last_paid_month(d("2024-03-17")), d("2024-03-01"));
        assert_eq!(afis_last_paid_month(d("2024-03-01")), d("2024-03-01"));
        assert_eq!(afis_last_paid_month(d("2024-02-29")), d("2024-02-01"));
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0i64..40_000).prop_map(|n| d("2000-01-01") + Duration::days(n))
    }

    proptest! {
        /// Decisions fall from a year before to a year after the end of the running period.
        #[test]
        fn renewed_periods_stay_within_bounds(
            start in date(),
            offsets in prop::collection::vec(-365i64..365, 0..8),
        ) {
            let mut periods = vec![Period::first(start)];
            for off in offsets {
                let prev = periods[periods.len() - 1];
                let decided_on = prev.end + Duration::days(off);
                match prev.next(decided_on) {
                    Ok(next) => {
                        prop_assert_eq!(next.number, prev.number + 1);
                        prop_assert!(next.start > prev.end, "overlap: {:?} {:?}", prev, next);
                        // Contiguous, whenever it was decided.
                        prop_assert_eq!(Some(next.start), prev.end.succ_opt());
                        periods.push(next);
                    }
                    Err(e) => {
                        prop_assert_eq!(e, PeriodError::LimitReached);
                        prop_assert_eq!(prev.number, MAX_PERIODS);
                    }
                }
            }
            prop_assert!(periods.len() <= usize::from(MAX_PERIODS));
            // Every period spans exactly six months, so together at most 24.
            for p in &periods {
                prop_assert_eq!(p.end, Period::end_for(p.start));
            }
        }

        /// Renewals decided on time: the whole parcours fits in 24 months from its start.
        #[test]
        fn contiguous_periods_fit_in_24_months(
            start in date(),
            early_by in prop::collection::vec(0i64..200, 3),
        ) {
            let mut p = Period::first(start);
            for days in early_by {
                let next = p.next(p.end - Duration::days(days)).unwrap();
                prop_assert_eq!(Some(next.start), p.end.succ_opt());
                p = next;
            }
            prop_assert_eq!(p.number, MAX_PERIODS);
            let limit = start.checked_add_months(Months::new(24)).unwrap();
            prop_assert!(limit > p.end, "{} + 24 months <= {}", start, p.end);
        }
    }
}
