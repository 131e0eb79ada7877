use async_graphql::{Context, InputObject, Object, SimpleObject};
use cdlp_db::stats::DeclaredRow;
use cdlp_domain::secrecy::{Protected, Reason};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::{principal, services};
use crate::ApiError;
use crate::services::{NationalReport, PeriodKind, ReportPeriod};

/// A figure as the ministry may see it: hidden below 5 people ("< 5"), or to protect a hidden
/// one ("secret").
#[derive(SimpleObject, Clone)]
pub struct Figure {
    /// Null when hidden.
    value: Option<i64>,
    /// What to display: the number, "< 5" or "secret".
    label: String,
    hidden: bool,
    /// SMALL (below 5) or SECONDARY (hidden so that totals do not reveal a small one).
    reason: Option<String>,
}

impl From<Protected> for Figure {
    fn from(p: Protected) -> Self {
        Self {
            value: p.value.map(|v| v as i64),
            label: p.label(),
            hidden: p.hidden.is_some(),
            reason: p.hidden.map(|r| match r {
                Reason::Small => "SMALL".into(),
                Reason::Secondary => "SECONDARY".into(),
            }),
        }
    }
}

#[derive(SimpleObject)]
pub struct DepartmentFigure {
    department_code: String,
    figure: Figure,
}

#[derive(SimpleObject)]
pub struct RegionFigure {
    region_code: String,
    figure: Figure,
}

#[derive(SimpleObject)]
pub struct DepartmentBreakdown {
    department_code: String,
    figures: Vec<Figure>,
}

#[derive(SimpleObject)]
pub struct BreakdownTable {
    /// sex, age or nat.
    dimension: String,
    /// Categories, the last one UNKNOWN (attribute not recorded).
    categories: Vec<String>,
    national: Vec<Figure>,
    departments: Vec<DepartmentBreakdown>,
}

#[derive(SimpleObject)]
pub struct Indicator {
    key: String,
    label: String,
    /// PEOPLE (each person once) or EVENTS (a person may count several times).
    counts: String,
    national: Figure,
    departments: Vec<DepartmentFigure>,
    regions: Vec<RegionFigure>,
    breakdowns: Vec<BreakdownTable>,
}

#[derive(SimpleObject)]
pub struct DepartmentContext {
    department_code: String,
    commission_installed_on: Option<NaiveDate>,
    sessions_held: i64,
    associations_in_force: i64,
    /// Median days from submission to decision (null below five decisions).
    median_days_to_decision: Option<f64>,
}

#[derive(SimpleObject)]
pub struct DeclaredFigure {
    department_code: String,
    indicator: String,
    value: i64,
}

#[derive(SimpleObject)]
pub struct Report {
    /// MONTH, QUARTER or YEAR.
    period_kind: String,
    start: NaiveDate,
    end: NaiveDate,
    indicators: Vec<Indicator>,
    context: Vec<DepartmentContext>,
    national_median_days_to_decision: Option<f64>,
    declared: Vec<DeclaredFigure>,
}

impl From<NationalReport> for Report {
    fn from(r: NationalReport) -> Self {
        Self {
            period_kind: match r.period.kind {
                PeriodKind::Month => "MONTH",
                PeriodKind::Quarter => "QUARTER",
                PeriodKind::Year => "YEAR",
            }
            .into(),
            start: r.period.start,
            end: r.period.end,
            indicators: r
                .indicators
                .into_iter()
                .map(|i| Indicator {
                    counts: cdlp_domain::indicator::counts(&i.key).as_str().into(),
                    key: i.key,
                    label: i.label,
                    national: i.national.into(),
                    departments: i
                        .departments
                        .into_iter()
                        .map(|(c, p)| DepartmentFigure {
                            department_code: c,
                            figure: p.into(),
                        })
                        .collect(),
                    regions: i
                        .regions
                        .into_iter()
                        .map(|(c, p)| RegionFigure {
                            region_code: c,
                            figure: p.into(),
                        })
                        .collect(),
                    breakdowns: i
                        .breakdowns
                        .into_iter()
                        .map(|b| BreakdownTable {
                            dimension: b.dimension,
                            categories: b.categories,
                            national: b.national.into_iter().map(Into::into).collect(),
                            departments: b
                                .departments
                                .into_iter()
                                .map(|(c, cells)| DepartmentBreakdown {
                                    department_code: c,
                                    figures: cells.into_iter().map(Into::into).collect(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            context: r
                .context
                .into_iter()
                .map(|c| DepartmentContext {
                    department_code: c.department_code,
                    commission_installed_on: c.installed_on,
                    sessions_held: c.sessions_held,
                    associations_in_force: c.associations_in_force,
                    median_days_to_decision: c.median_days_to_decision,
                })
                .collect(),
            national_median_days_to_decision: r.national_median_days_to_decision,
            declared: r
                .declared
                .into_iter()
                .map(|(c, i, v)| DeclaredFigure {
                    department_code: c,
                    indicator: i,
                    value: v,
                })
                .collect(),
        }
    }
}

#[derive(SimpleObject)]
pub struct SeriesPoint {
    month: NaiveDate,
    figure: Figure,
}

#[derive(SimpleObject)]
pub struct DeclaredIndicator {
    id: Uuid,
    /// M, Q or Y.
    period_kind: String,
    period_start: NaiveDate,
    indicator: String,
    value: i64,
    note: Option<String>,
    declared_at: DateTime<Utc>,
    declared_by: Option<Uuid>,
}

impl From<DeclaredRow> for DeclaredIndicator {
    fn from(r: DeclaredRow) -> Self {
        Self {
            id: r.id,
            period_kind: r.period_kind,
            period_start: r.period_start,
            indicator: r.indicator,
            value: r.value,
            note: r.note,
            declared_at: r.declared_at,
            declared_by: r.declared_by,
        }
    }
}

#[derive(InputObject)]
pub struct DeclaredValueInput {
    /// PREVENTION_ACTIONS, TRAINING_ACTIONS, CLIENTS_FINED, AWARENESS_COURSES_ORDERED,
    /// PROXENETISME_PROCEDURES or TRAFFICKING_PROCEDURES.
    indicator: String,
    value: i64,
}

#[derive(InputObject)]
pub struct DeclareIndicatorsInput {
    department_code: String,
    year: i32,
    quarter: Option<u32>,
    month: Option<u32>,
    values: Vec<DeclaredValueInput>,
    note: Option<String>,
}

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// National indicators for a year, a quarter or a month (ministry), protected.
    async fn national_report(
        &self,
        ctx: &Context<'_>,
        year: i32,
        quarter: Option<u32>,
        month: Option<u32>,
    ) -> Result<Report, ApiError> {
        let period = ReportPeriod::new(year, quarter, month)?;
        Ok(services(ctx)
            .national_report(Some(principal(ctx)?), period)
            .await?
            .into())
    }

    /// One département's indicators: in full for its prefecture, protected for the ministry.
    async fn department_report(
        &self,
        ctx: &Context<'_>,
        department_code: String,
        year: i32,
        quarter: Option<u32>,
        month: Option<u32>,
    ) -> Result<Report, ApiError> {
        let period = ReportPeriod::new(year, quarter, month)?;
        Ok(services(ctx)
            .department_report(principal(ctx)?, &department_code, period)
            .await?
            .into())
    }

    /// A monthly series of one indicator, national or for one département (ministry).
    async fn indicator_series(
        &self,
        ctx: &Context<'_>,
        indicator: String,
        from: NaiveDate,
        to: NaiveDate,
        department_code: Option<String>,
    ) -> Result<Vec<SeriesPoint>, ApiError> {
        let points = services(ctx)
            .indicator_series(principal(ctx)?, &indicator, from, to, department_code)
            .await?;
        Ok(points
            .into_iter()
            .map(|(month, p)| SeriesPoint {
                month,
                figure: p.into(),
            })
            .collect())
    }

    /// Declarations of a département, newest first (with their history).
    async fn declared_indicators(
        &self,
        ctx: &Context<'_>,
        department_code: String,
    ) -> Result<Vec<DeclaredIndicator>, ApiError> {
        Ok(services(ctx)
            .declared_indicators(principal(ctx)?, &department_code)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }
}

#[derive(Default)]
pub struct ReportMutation;

#[Object]
impl ReportMutation {
    /// The prefecture declares figures for a period (each entry kept, the latest current).
    async fn declare_indicators(
        &self,
        ctx: &Context<'_>,
        input: DeclareIndicatorsInput,
    ) -> Result<Vec<DeclaredIndicator>, ApiError> {
        let period = ReportPeriod::new(input.year, input.quarter, input.month)?;
        let values = input
            .values
            .into_iter()
            .map(|v| (v.indicator, v.value))
            .collect();
        let rows = services(ctx)
            .declare_indicators(
                principal(ctx)?,
                &input.department_code,
                period,
                values,
                input.note,
            )
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

#[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(name = "ExportFormat", remote = "crate::services::ExportFormat")]
pub enum ExportFormatName {
    Csv,
    Xlsx,
    Ods,
}

/// A prepared (or being prepared) export; kept 48 hours.
pub struct Export(cdlp_db::stats::ExportRow);

#[Object]
impl Export {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn format(&self) -> &str {
        &self.0.format
    }
    /// PENDING, READY or FAILED.
    async fn status(&self) -> &str {
        &self.0.status
    }
    async fn filename(&self) -> Option<&str> {
        self.0.filename.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn ready_at(&self) -> Option<DateTime<Utc>> {
        self.0.ready_at
    }
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// First day of the period the export covers.
    async fn period_start(&self) -> Option<NaiveDate> {
        serde_json::from_value(self.0.params.get("start")?.clone()).ok()
    }
    /// Last day of the period the export covers.
    async fn period_end(&self) -> Option<NaiveDate> {
        serde_json::from_value(self.0.params.get("end")?.clone()).ok()
    }
}

#[derive(SimpleObject)]
pub struct ExportFile {
    filename: String,
    content_type: String,
    content_base64: String,
}

#[derive(Default)]
pub struct ExportQuery;

#[Object]
impl ExportQuery {
    /// The caller's exports of the last 48 hours.
    async fn exports(&self, ctx: &Context<'_>) -> Result<Vec<Export>, ApiError> {
        Ok(services(ctx)
            .exports(principal(ctx)?)
            .await?
            .into_iter()
            .map(Export)
            .collect())
    }

    /// An export's file (base64); every download is audited.
    async fn export_file(&self, ctx: &Context<'_>, id: Uuid) -> Result<ExportFile, ApiError> {
        use base64::Engine;
        let (row, bytes) = services(ctx).export_content(principal(ctx)?, id).await?;
        Ok(ExportFile {
            filename: row.filename.unwrap_or_default(),
            content_type: crate::services::ExportFormat::content_type(&row.format).into(),
            content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        })
    }
}

#[derive(Default)]
pub struct ExportMutation;

#[Object]
impl ExportMutation {
    /// Asks for the national figures of a period as CSV, XLSX or ODS; prepared in the background.
    async fn request_export(
        &self,
        ctx: &Context<'_>,
        format: ExportFormatName,
        year: i32,
        quarter: Option<u32>,
        month: Option<u32>,
    ) -> Result<Export, ApiError> {
        let period = ReportPeriod::new(year, quarter, month)?;
        Ok(Export(
            services(ctx)
                .request_export(principal(ctx)?, format.into(), period)
                .await?,
        ))
    }
}
