//! Figure-by-figure comparison of the fast path's output with the raw scan's.

use std::collections::BTreeSet;

use cdlp_api::services::{NationalReport, RawFigures};
use cdlp_domain::secrecy::Protected;

/// The differences found, and how many figures were compared.
#[derive(Debug, Default)]
pub struct Outcome {
    pub compared: usize,
    pub differences: Vec<String>,
}

impl Outcome {
    fn check<T: PartialEq + std::fmt::Debug>(
        &mut self,
        what: impl FnOnce() -> String,
        fast: &T,
        raw: &T,
    ) {
        self.compared += 1;
        if fast != raw {
            self.differences
                .push(format!("{}: counters {fast:?}, raw {raw:?}", what()));
        }
    }
}

fn shown(p: &Protected) -> String {
    match p.value {
        Some(v) => v.to_string(),
        None => format!("hidden ({:?})", p.hidden),
    }
}

fn check_cells(out: &mut Outcome, what: &str, fast: &[Protected], raw: &[Protected]) {
    out.check(
        || format!("{what}: number of cells"),
        &fast.len(),
        &raw.len(),
    );
    for (i, (f, r)) in fast.iter().zip(raw).enumerate() {
        out.compared += 1;
        if f != r {
            out.differences.push(format!(
                "{what}[{i}]: counters {}, raw {}",
                shown(f),
                shown(r)
            ));
        }
    }
}

fn check_named(
    out: &mut Outcome,
    what: &str,
    fast: &[(String, Protected)],
    raw: &[(String, Protected)],
) {
    out.check(
        || format!("{what}: number of rows"),
        &fast.len(),
        &raw.len(),
    );
    for ((fc, f), (rc, r)) in fast.iter().zip(raw) {
        out.check(|| format!("{what}: row"), fc, rc);
        out.compared += 1;
        if f != r {
            out.differences.push(format!(
                "{what} {fc}: counters {}, raw {}",
                shown(f),
                shown(r)
            ));
        }
    }
}

/// Every protected figure of the two reports, indicator by indicator, then the context.
pub fn reports(fast: &NationalReport, raw: &NationalReport) -> Outcome {
    let mut out = Outcome::default();
    out.check(
        || "period".into(),
        &(fast.period.kind, fast.period.start, fast.period.end),
        &(raw.period.kind, raw.period.start, raw.period.end),
    );
    out.check(
        || "number of indicators".into(),
        &fast.indicators.len(),
        &raw.indicators.len(),
    );
    for (f, r) in fast.indicators.iter().zip(&raw.indicators) {
        let key = f.key.as_str();
        out.check(
            || format!("indicator {key}: key and label"),
            &(&f.key, &f.label),
            &(&r.key, &r.label),
        );
        out.check(|| format!("{key} national"), &f.national, &r.national);
        check_named(
            &mut out,
            &format!("{key} by département"),
            &f.departments,
            &r.departments,
        );
        check_named(
            &mut out,
            &format!("{key} by region"),
            &f.regions,
            &r.regions,
        );
        out.check(
            || format!("{key}: number of breakdowns"),
            &f.breakdowns.len(),
            &r.breakdowns.len(),
        );
        for (fb, rb) in f.breakdowns.iter().zip(&r.breakdowns) {
            let dim = format!("{key} by {}", fb.dimension);
            out.check(
                || format!("{dim}: dimension and categories"),
                &(&fb.dimension, &fb.categories),
                &(&rb.dimension, &rb.categories),
            );
            check_cells(
                &mut out,
                &format!("{dim}, national"),
                &fb.national,
                &rb.national,
            );
            out.check(
                || format!("{dim}: number of départements"),
                &fb.departments.len(),
                &rb.departments.len(),
            );
            for ((fc, fcells), (rc, rcells)) in fb.departments.iter().zip(&rb.departments) {
                out.check(|| format!("{dim}: département"), fc, rc);
                check_cells(&mut out, &format!("{dim}, {fc}"), fcells, rcells);
            }
        }
    }
    out.check(
        || "context: number of départements".into(),
        &fast.context.len(),
        &raw.context.len(),
    );
    for (f, r) in fast.context.iter().zip(&raw.context) {
        let code = f.department_code.as_str();
        out.check(
            || "context: département".into(),
            &f.department_code,
            &r.department_code,
        );
        out.check(
            || format!("context {code}: installed on"),
            &f.installed_on,
            &r.installed_on,
        );
        out.check(
            || format!("context {code}: sessions held"),
            &f.sessions_held,
            &r.sessions_held,
        );
        out.check(
            || format!("context {code}: associations in force"),
            &f.associations_in_force,
            &r.associations_in_force,
        );
        out.check(
            || format!("context {code}: median days to decision"),
            &f.median_days_to_decision,
            &r.median_days_to_decision,
        );
    }
    out.check(
        || "national median days to decision".into(),
        &fast.national_median_days_to_decision,
        &raw.national_median_days_to_decision,
    );
    let mut fd = fast.declared.clone();
    let mut rd = raw.declared.clone();
    fd.sort();
    rd.sort();
    out.check(
        || "declared indicators: number".into(),
        &fd.len(),
        &rd.len(),
    );
    for (f, r) in fd.iter().zip(&rd) {
        out.check(|| format!("declared {} {}", f.0, f.1), f, r);
    }
    out
}

/// The unprotected figures, key by key.
pub fn raw_figures(fast: &RawFigures, raw: &RawFigures) -> Outcome {
    let mut out = Outcome::default();
    let (fast_counts, raw_counts) = (fast.counts(), raw.counts());
    let keys: BTreeSet<_> = fast_counts.keys().chain(raw_counts.keys()).collect();
    for k in keys {
        out.check(
            || format!("count {} {} {:?}", k.0, k.1, k.2),
            &fast_counts.get(k),
            &raw_counts.get(k),
        );
    }
    let keys: BTreeSet<_> = fast.delays.keys().chain(raw.delays.keys()).collect();
    for k in keys {
        out.check(
            || format!("decisions after {} days in {}", k.1, k.0),
            &fast.delays.get(k),
            &raw.delays.get(k),
        );
    }
    out
}
