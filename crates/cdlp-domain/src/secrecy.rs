//! Statistical secrecy for tables counting people, so that the figures sent to the ministry never
//! point at anyone. **Primary suppression**: any count in `1..THRESHOLD` (a cell or a total) is
//! hidden and shown as "< 5". Zero stays visible: it counts nobody, so it reveals nobody.
//! Primary suppression alone is not enough: in a row `[7, 2, 9]` with total 18, hiding the 2
//! protects nothing, since 18 − 7 − 9 = 2. **Secondary suppression** therefore hides more cells
//! (shown as "secret") until no line (a row or a column with its total, or the row or column
//! totals with the grand total) has exactly one hidden entry. This is the usual line-by-line
//! rule, and it has limits: two hidden cells in a line can still be bounded (their sum is known,
//! and "< 5" bounds one of them), and solving several lines together can sometimes still
//! disclose a cell. It is a minimum, not a full audit of the published table.

use serde::Serialize;

/// Counts of people below this value are never shown (zero excepted).
pub const THRESHOLD: u64 = 5;

/// A single figure, shown or hidden. A bare `Cell` carries no reason, and `Hidden` renders as
/// "< 5": use it only for primary suppression, and render tables through [`Protected`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Cell {
    Shown(u64),
    Hidden,
}

impl Cell {
    pub fn label(&self) -> String {
        match self {
            Cell::Shown(value) => value.to_string(),
            Cell::Hidden => format!("< {THRESHOLD}"),
        }
    }
}

/// Why a figure is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Reason {
    /// The figure itself is in `1..THRESHOLD`.
    Small,
    /// The figure is hidden so that a total cannot reveal a small one.
    Secondary,
}

/// A protected figure: `value` is `None` whenever `hidden` is set, so that serialising a
/// protected table never carries a hidden count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Protected {
    pub value: Option<u64>,
    pub hidden: Option<Reason>,
}

impl Protected {
    fn new(value: u64, hidden: Option<Reason>) -> Self {
        let value = if hidden.is_some() { None } else { Some(value) };
        Protected { value, hidden }
    }

    pub fn is_hidden(&self) -> bool {
        self.hidden.is_some()
    }

    /// "12"; "< 5" when hidden because small; "secret" when hidden by secondary suppression
    /// (its value may well be large, so "< 5" would be false).
    pub fn label(&self) -> String {
        match (self.hidden, self.value) {
            (Some(Reason::Small), _) => format!("< {THRESHOLD}"),
            (None, Some(value)) => value.to_string(),
            _ => "secret".to_owned(),
        }
    }
}

/// A 2-D table: rows (e.g. départements) × columns (e.g. sex F/M/X), all counts of people. Row
/// totals, column totals and the grand total are computed by [`protect`]. A row shorter than
/// the widest one simply has no cell in the missing columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<u64>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtectedTable {
    /// Same shape as [`Table::rows`].
    pub cells: Vec<Vec<Protected>>,
    pub row_totals: Vec<Protected>,
    pub column_totals: Vec<Protected>,
    pub total: Protected,
}

/// A single figure with no margins (a national total, say): only primary suppression applies.
pub fn protect_one(value: u64) -> Protected {
    Protected::new(value, primary(value))
}

/// Applies primary then secondary suppression to `table` and its margins. Deterministic: lines
/// are visited rows, columns, row totals, column totals, and ties go to the lowest index.
pub fn protect(table: &Table) -> ProtectedTable {
    let layout = Layout::of(table);
    let mut hidden: Vec<Option<Reason>> = layout.values.iter().map(|&v| primary(v)).collect();
    layout.secondary(&mut hidden);
    layout.assemble(&hidden)
}

/// As [`protect`], for a table whose row totals are published elsewhere, already protected:
/// a row total hidden there (`hidden_row_totals[i]`) is hidden here too, so that the row's
/// cells cannot add up to it. (A breakdown by sex must not give back a département's figure
/// that the main table hides.)
pub fn protect_with_row_totals(
    table: &Table,
    hidden_row_totals: &[Option<Reason>],
) -> ProtectedTable {
    let layout = Layout::of(table);
    let cells = layout.values.len() - layout.rows - layout.columns - 1;
    let mut hidden: Vec<Option<Reason>> = layout.values.iter().map(|&v| primary(v)).collect();
    for (i, reason) in hidden_row_totals.iter().enumerate().take(layout.rows) {
        if reason.is_some() && hidden[cells + i].is_none() {
            hidden[cells + i] = Some(Reason::Secondary);
        }
    }
    layout.secondary(&mut hidden);
    layout.assemble(&hidden)
}

/// Totals of groups of a protected column (regions of départements), published beside it and
/// beside the column's visible grand total. `hidden[i]` is the member's protection, and more
/// members may get hidden here. A group is hidden when its total is small or when exactly one
/// of its members is hidden (the total would give it back). Then the grand total minus the
/// shown groups must not give back a single hidden group: a second group is hidden, one that
/// already has two hidden members if there is one, else one whose smallest non-zero member
/// gets hidden too. Returns each group's protection.
pub fn protect_groups(
    values: &[u64],
    hidden: &mut [Option<Reason>],
    groups: &[Vec<usize>],
) -> Vec<Protected> {
    let totals: Vec<u64> = groups
        .iter()
        .map(|g| g.iter().map(|&i| values[i]).sum())
        .collect();
    let grand: u64 = values.iter().sum();
    let mut forced = vec![false; groups.len()];
    loop {
        let hidden_members: Vec<usize> = groups
            .iter()
            .map(|g| g.iter().filter(|&&i| hidden[i].is_some()).count())
            .collect();
        let reason = |g: usize| {
            primary(totals[g])
                .or((hidden_members[g] == 1 || forced[g]).then_some(Reason::Secondary))
        };
        let hidden_groups = (0..groups.len()).filter(|&g| reason(g).is_some()).count();
        if hidden_groups != 1 || primary(grand).is_some() || grand == 0 {
            return (0..groups.len())
                .map(|g| Protected::new(totals[g], reason(g)))
                .collect();
        }
        let shown = || (0..groups.len()).filter(|&g| reason(g).is_none());
        if let Some(g) = shown()
            .filter(|&g| hidden_members[g] >= 2)
            .min_by_key(|&g| (totals[g], g))
        {
            forced[g] = true;
            continue;
        }
        let member = shown()
            .flat_map(|g| groups[g].iter().copied())
            .filter(|&i| hidden[i].is_none() && values[i] > 0)
            .min_by_key(|&i| (values[i], i));
        match member {
            Some(i) => hidden[i] = Some(Reason::Secondary),
            // Every other group is empty: the hidden one is the grand total itself.
            None => {
                return (0..groups.len())
                    .map(|g| Protected::new(totals[g], reason(g)))
                    .collect();
            }
        }
    }
}

fn primary(value: u64) -> Option<Reason> {
    (1..THRESHOLD).contains(&value).then_some(Reason::Small)
}

/// One additive constraint: the members add up to `total`. Indices are into `Layout::values`.
struct Line {
    members: Vec<usize>,
    total: usize,
}

impl Line {
    fn new(members: impl Iterator<Item = usize>, total: usize) -> Self {
        Line {
            members: members.collect(),
            total,
        }
    }
}

/// Every figure of the table flattened (cells row by row, then row totals, column totals and
/// the grand total), and its lines: rows, columns, then row totals and column totals.
struct Layout {
    values: Vec<u64>,
    rows: usize,
    columns: usize,
    lines: Vec<Line>,
}

impl Layout {
    fn of(table: &Table) -> Self {
        let widths: Vec<usize> = table.rows.iter().map(Vec::len).collect();
        let (rows, columns) = (widths.len(), widths.iter().copied().max().unwrap_or(0));
        let mut values: Vec<u64> = table.rows.iter().flatten().copied().collect();
        let cells = values.len();
        let starts: Vec<usize> = (0..rows).map(|i| widths[..i].iter().sum()).collect();
        let grand = cells + rows + columns;
        let mut lines: Vec<Line> = (0..rows)
            .map(|i| Line::new(starts[i]..starts[i] + widths[i], cells + i))
            .collect();
        for j in 0..columns {
            let members = (0..rows).filter(|&i| j < widths[i]).map(|i| starts[i] + j);
            lines.push(Line::new(members, cells + rows + j));
        }
        lines.push(Line::new(cells..cells + rows, grand));
        lines.push(Line::new(cells + rows..grand, grand));
        // Each total's members are summed before the total itself is used as a member.
        values.resize(grand + 1, 0);
        for line in &lines {
            let sum = line.members.iter().map(|&k| values[k]);
            values[line.total] = sum.fold(0, u64::saturating_add);
        }
        Layout {
            values,
            rows,
            columns,
            lines,
        }
    }

    /// Until stable: a line with exactly one hidden entry (counting its total) gets one more,
    /// the smallest shown non-zero member, else the smallest shown member, else its total. This
    /// also covers a total hidden (by another line) whose members are all shown: such a total is
    /// as good as shown, since anyone can add its members up.
    fn secondary(&self, hidden: &mut [Option<Reason>]) {
        loop {
            let mut changed = false;
            for line in &self.lines {
                let entries = line.members.iter().chain([&line.total]);
                if entries.filter(|&&k| hidden[k].is_some()).count() != 1 {
                    continue;
                }
                let shown = line.members.iter().filter(|&&k| hidden[k].is_none());
                let pick = (shown.copied())
                    .min_by_key(|&k| (self.values[k] == 0, self.values[k], k))
                    .or_else(|| hidden[line.total].is_none().then_some(line.total));
                if let Some(k) = pick {
                    hidden[k] = Some(Reason::Secondary);
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    fn assemble(&self, hidden: &[Option<Reason>]) -> ProtectedTable {
        let at = |k: usize| Protected::new(self.values[k], hidden[k]);
        let (rows, columns) = self.lines[..self.rows + self.columns].split_at(self.rows);
        ProtectedTable {
            cells: rows
                .iter()
                .map(|l| l.members.iter().map(|&k| at(k)).collect())
                .collect(),
            row_totals: rows.iter().map(|l| at(l.total)).collect(),
            column_totals: columns.iter().map(|l| at(l.total)).collect(),
            total: at(self.values.len() - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn labels(row: &[Protected]) -> Vec<String> {
        row.iter().map(Protected::label).collect()
    }

    fn table(rows: &[&[u64]]) -> Table {
        Table {
            rows: rows.iter().map(|r| r.to_vec()).collect(),
        }
    }

    #[test]
    fn labels_tell_small_from_secondary() {
        assert_eq!(Cell::Shown(12).label(), "12");
        assert_eq!(Cell::Hidden.label(), "< 5");
        assert_eq!(protect_one(12).label(), "12");
        assert_eq!(
            (protect_one(4).value, protect_one(4).hidden),
            (None, Some(Reason::Small))
        );
        assert_eq!(protect_one(4).label(), "< 5");
        assert_eq!(
            Protected::new(40, Some(Reason::Secondary)).label(),
            "secret"
        );
        assert_eq!(protect_one(5).label(), "5");
    }

    #[test]
    fn a_breakdown_does_not_give_back_a_hidden_row_total() {
        // A département of 7 people, all women, hidden in the main table: its sex row must not
        // show F = 7.
        let rows = table(&[&[7, 0, 0], &[9, 6, 0], &[5, 8, 0]]);
        let alone = protect(&rows);
        assert_eq!(
            alone.cells[0][0].label(),
            "7",
            "what protecting it alone would show"
        );
        let p = protect_with_row_totals(&rows, &[Some(Reason::Secondary), None, None]);
        assert!(p.row_totals[0].is_hidden());
        let shown: Vec<_> = p.cells[0].iter().filter(|c| !c.is_hidden()).collect();
        assert!(shown.len() < 3, "{:?}", p.cells[0]);
        assert!(p.cells[0][0].is_hidden());
        // Each column keeps two hidden cells or none.
        for j in 0..3 {
            let n = (0..3).filter(|&i| p.cells[i][j].is_hidden()).count();
            assert_ne!(n, 1, "column {j}: {p:?}");
        }
    }

    #[test]
    fn groups_hide_a_lone_hidden_member_and_never_one_group_alone() {
        // Regions A = {0, 1}, B = {2, 3}, C = {4}. Member 1 hidden (small), member 2 hidden
        // (secondary), 3 members visible.
        let values = [6, 2, 7, 9, 12];
        let mut hidden = vec![
            None,
            Some(Reason::Small),
            Some(Reason::Secondary),
            None,
            None,
        ];
        let groups = vec![vec![0, 1], vec![2, 3], vec![4]];
        let g = protect_groups(&values, &mut hidden, &groups);
        // A and B each hold exactly one hidden member: both hidden; C shown.
        assert_eq!(
            g.iter().map(Protected::label).collect::<Vec<_>>(),
            ["secret", "secret", "12"]
        );

        // Only A holds hidden members (two), and C holds one: C alone would be hidden, and
        // 36 − A − B would give it back. A (two hidden members) is hidden as well.
        let values = [6, 2, 7, 9, 12];
        let mut hidden = vec![
            Some(Reason::Secondary),
            Some(Reason::Small),
            None,
            None,
            Some(Reason::Secondary),
        ];
        let g = protect_groups(&values, &mut hidden, &groups);
        assert_eq!(
            g.iter().map(Protected::label).collect::<Vec<_>>(),
            ["secret", "16", "secret"]
        );

        // No other group has hidden members: the smallest non-zero member of another group is
        // hidden, and its group with it.
        let values = [6, 9, 7, 5, 12];
        let mut hidden = vec![Some(Reason::Secondary), None, None, None, None];
        let g = protect_groups(&values, &mut hidden, &[vec![0, 1], vec![2, 3], vec![4]]);
        assert_eq!(hidden[3], Some(Reason::Secondary));
        assert_eq!(
            g.iter().map(Protected::label).collect::<Vec<_>>(),
            ["secret", "secret", "12"]
        );
    }

    #[test]
    fn zero_is_shown() {
        assert_eq!(
            protect_one(0),
            Protected {
                value: Some(0),
                hidden: None
            }
        );
        let p = protect(&table(&[&[0, 0], &[0, 0]]));
        assert!(p.cells.iter().flatten().all(|c| c.value == Some(0)));
    }

    #[test]
    fn classic_row() {
        let p = protect(&table(&[&[7, 2, 9]]));
        assert_eq!(p.cells[0][1].hidden, Some(Reason::Small));
        assert_eq!(p.cells[0][0].hidden, Some(Reason::Secondary));
        assert_eq!(labels(&p.cells[0]), ["secret", "< 5", "9"]);
        assert_eq!(p.row_totals[0].label(), "18");
        // With one row, column totals repeat the cells and must be hidden the same way.
        assert_eq!(labels(&p.column_totals), ["secret", "< 5", "9"]);
        assert_eq!(p.total.label(), "18");
    }

    #[test]
    fn departement_with_all_figures_below_five() {
        let p = protect(&table(&[&[12, 8, 6], &[1, 2, 1], &[6, 9, 7]]));
        assert_eq!(labels(&p.cells[0]), ["12", "secret", "secret"]);
        assert_eq!(labels(&p.cells[1]), ["< 5", "< 5", "< 5"]);
        assert_eq!(labels(&p.cells[2]), ["secret", "9", "7"]);
        assert_eq!(labels(&p.row_totals), ["26", "< 5", "secret"]);
        assert_eq!(labels(&p.column_totals), ["19", "19", "14"]);
        assert_eq!(p.total.label(), "52");
    }

    #[test]
    fn column_with_a_single_non_zero_departement() {
        let p = protect(&table(&[&[0, 10], &[3, 12], &[0, 8]]));
        assert_eq!(labels(&p.cells[0]), ["0", "10"]);
        assert_eq!(labels(&p.cells[1]), ["< 5", "secret"]);
        // Once 8 is hidden, the zero beside it is the only shown cell left to pair it with.
        assert_eq!(labels(&p.cells[2]), ["secret", "secret"]);
        assert_eq!(labels(&p.column_totals), ["< 5", "secret"]);
        assert_eq!(labels(&p.row_totals), ["10", "15", "8"]);
        assert_eq!(p.total.label(), "33");
    }

    #[test]
    fn hidden_total_of_shown_cells_gets_a_hidden_cell() {
        // The row-totals line hides the 5 of row 1; were its cells left shown, 0 + 5 would give
        // it back, and then 6 − 5 would give back the 1.
        let p = protect(&table(&[&[1, 0], &[0, 5]]));
        assert_eq!(labels(&p.cells[0]), ["< 5", "0"]);
        assert_eq!(labels(&p.cells[1]), ["0", "secret"]);
        assert_eq!(labels(&p.row_totals), ["< 5", "secret"]);
        assert_eq!(labels(&p.column_totals), ["< 5", "secret"]);
        assert_eq!(p.total.label(), "6");
    }

    #[test]
    fn empty_and_ragged_tables() {
        let p = protect(&Table::default());
        assert!(p.cells.is_empty() && p.row_totals.is_empty() && p.column_totals.is_empty());
        assert_eq!(p.total.label(), "0");
        let p = protect(&table(&[&[7], &[], &[3, 8]]));
        assert_eq!(p.cells.iter().map(Vec::len).collect::<Vec<_>>(), [1, 0, 2]);
        assert_eq!(p.row_totals[1].label(), "0");
        assert_eq!(p.column_totals.len(), 2);
        assert!(p.cells[2][0].is_hidden() && p.cells[2][1].is_hidden());
    }

    /// Every line of a protected table: (members, total).
    fn lines(p: &ProtectedTable) -> Vec<(Vec<Protected>, Protected)> {
        let rows = p.cells.iter().cloned().zip(p.row_totals.iter().copied());
        let column = |j| {
            p.cells
                .iter()
                .filter_map(|r: &Vec<_>| r.get(j).copied())
                .collect()
        };
        let columns = p
            .column_totals
            .iter()
            .enumerate()
            .map(|(j, &t)| (column(j), t));
        let mut out: Vec<_> = rows.chain(columns).collect();
        out.push((p.row_totals.clone(), p.total));
        out.push((p.column_totals.clone(), p.total));
        out
    }

    fn value() -> impl Strategy<Value = u64> {
        prop_oneof![3 => 0u64..5, 2 => 0u64..40]
    }

    fn tables() -> impl Strategy<Value = Table> {
        (0usize..=8, 0usize..=5)
            .prop_flat_map(|(n, m)| prop::collection::vec(prop::collection::vec(value(), m), n))
            .prop_map(|rows| Table { rows })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        #[test]
        fn protection_holds(t in tables()) {
            let p = protect(&t);
            for (members, total) in lines(&p) {
                let hidden = members.iter().filter(|c| c.is_hidden()).count();
                if !total.is_hidden() {
                    prop_assert!(hidden != 1, "{members:?} / {total:?}");
                } else if !members.is_empty() {
                    prop_assert!(hidden >= 1, "hidden total of shown members: {members:?}");
                }
            }
            // The original figures, summed here independently of `Layout`.
            let width = t.rows.iter().map(Vec::len).max().unwrap_or(0);
            let mut originals: Vec<u64> = t.rows.iter().flatten().copied().collect();
            originals.extend(t.rows.iter().map(|r| r.iter().sum::<u64>()));
            originals.extend((0..width).map(|j| t.rows.iter().filter_map(|r| r.get(j)).sum::<u64>()));
            originals.push(t.rows.iter().flatten().sum());
            let mut flat: Vec<Protected> = p.cells.iter().flatten().copied().collect();
            flat.extend(p.row_totals.iter().chain(&p.column_totals).chain([&p.total]));
            prop_assert_eq!(flat.len(), originals.len());
            for (c, &original) in flat.iter().zip(&originals) {
                prop_assert_eq!(c.hidden == Some(Reason::Small), (1..THRESHOLD).contains(&original));
                match c.value {
                    Some(v) => prop_assert!(v == original && !(1..THRESHOLD).contains(&v)),
                    None => prop_assert!(c.is_hidden()),
                }
            }
            // Idempotent: starting again from what is hidden now hides nothing more.
            let layout = Layout::of(&t);
            let mut hidden: Vec<Option<Reason>> = flat.iter().map(|c| c.hidden).collect();
            layout.secondary(&mut hidden);
            prop_assert_eq!(layout.assemble(&hidden), p.clone());
            prop_assert_eq!(protect(&t), p);
        }
    }
}
