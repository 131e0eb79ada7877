//! The ministry's exports (CSV, XLSX, ODS), prepared in the background, downloadable by their
//! requester for 48 hours, each download audited; and the open-data CSV of national figures.

use cdlp_db::stats::{self, ExportRow};
use cdlp_db::{Context, audit};
use cdlp_domain::Role;
use cdlp_exports::{Sheet, Value};
use chrono::Datelike;
use serde_json::json;
use uuid::Uuid;

use super::reports::{NationalReport, ReportPeriod};
use super::{Principal, Services};
use crate::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Ods,
}

impl ExportFormat {
    fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV",
            ExportFormat::Xlsx => "XLSX",
            ExportFormat::Ods => "ODS",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Ods => "ods",
        }
    }

    pub fn content_type(format: &str) -> &'static str {
        match format {
            "XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ODS" => "application/vnd.oasis.opendocument.spreadsheet",
            _ => "text/csv; charset=utf-8",
        }
    }
}

const KEPT_HOURS: i64 = 48;

fn analyst_context(principal: &Principal) -> Result<Context, ApiError> {
    if !principal
        .memberships
        .iter()
        .any(|m| m.role == Role::MinistryAnalyst)
    {
        return Err(ApiError::Forbidden(
            "les exports nationaux sont réservés au ministère".into(),
        ));
    }
    Ok(Context {
        user_id: Some(principal.user_id),
        role: Some(Role::MinistryAnalyst.as_str()),
        ..Context::default()
    })
}

/// A protected figure as a spreadsheet cell: the number, or the text "< 5" / "secret".
fn cell(p: &cdlp_domain::secrecy::Protected) -> Value {
    match p.value {
        Some(v) => Value::Number(v as i64),
        None => Value::Text(p.label()),
    }
}

/// The report as sheets: indicators per département (national row first), then context.
pub fn report_sheets(report: &NationalReport, names: &[(String, String)]) -> Vec<Sheet> {
    let mut header = vec!["Code".to_owned(), "Département".to_owned()];
    header.extend(report.indicators.iter().map(|i| i.label.clone()));
    let mut rows = vec![{
        let mut row = vec![
            Value::Text("FR".into()),
            Value::Text("France entière".into()),
        ];
        row.extend(report.indicators.iter().map(|i| cell(&i.national)));
        row
    }];
    for (code, name) in names {
        let mut row = vec![Value::Text(code.clone()), Value::Text(name.clone())];
        for indicator in &report.indicators {
            let figure = indicator
                .departments
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, p)| cell(p))
                .unwrap_or(Value::Empty);
            row.push(figure);
        }
        rows.push(row);
    }
    let context_rows = report
        .context
        .iter()
        .map(|c| {
            vec![
                Value::Text(c.department_code.clone()),
                c.installed_on
                    .map(|d| Value::Text(d.to_string()))
                    .unwrap_or(Value::Empty),
                Value::Number(c.sessions_held),
                Value::Number(c.associations_in_force),
                c.median_days_to_decision
                    .map(Value::Decimal)
                    .unwrap_or(Value::Empty),
            ]
        })
        .collect();
    vec![
        Sheet {
            name: "Indicateurs".into(),
            header,
            rows,
        },
        Sheet {
            name: "Contexte".into(),
            header: vec![
                "Code".into(),
                "Installation de la commission".into(),
                "Séances tenues".into(),
                "Associations agréées".into(),
                "Délai médian (jours)".into(),
            ],
            rows: context_rows,
        },
    ]
}

impl Services {
    /// Asks for an export; it is prepared in the background (the row says when it is ready).
    pub async fn request_export(
        &self,
        principal: &Principal,
        format: ExportFormat,
        period: ReportPeriod,
    ) -> Result<ExportRow, ApiError> {
        let ctx = analyst_context(principal)?;
        let expires = self.now() + chrono::Duration::hours(KEPT_HOURS);
        let params = json!({ "start": period.start, "end": period.end });
        let mut tx = self.db.begin(&ctx).await?;
        let row = stats::insert_export(
            &mut tx,
            principal.user_id,
            format.as_str(),
            &params,
            expires,
        )
        .await?;
        tx.commit().await?;
        let services = self.clone();
        let principal = principal.clone();
        let id = row.id;
        tokio::spawn(async move {
            let outcome = services.prepare_export(&principal, format, period).await;
            let (status, filename, bytes) = match outcome {
                Ok((name, bytes)) => ("READY", Some(name), Some(bytes)),
                Err(e) => {
                    tracing::error!(code = e.code(), "export failed");
                    ("FAILED", None, None)
                }
            };
            if let Ok(mut tx) = services.db.begin(&ctx).await {
                let saved = stats::finish_export(
                    &mut tx,
                    id,
                    status,
                    filename.as_deref(),
                    bytes.as_deref(),
                )
                .await;
                if saved.is_ok() {
                    let _ = tx.commit().await;
                }
            }
        });
        Ok(row)
    }

    async fn prepare_export(
        &self,
        principal: &Principal,
        format: ExportFormat,
        period: ReportPeriod,
    ) -> Result<(String, Vec<u8>), ApiError> {
        let report = self.national_report(Some(principal), period).await?;
        let names = self.department_names().await?;
        let sheets = report_sheets(&report, &names);
        let bytes = match format {
            ExportFormat::Csv => cdlp_exports::to_csv(&sheets[0]),
            ExportFormat::Xlsx => cdlp_exports::to_xlsx(&sheets),
            ExportFormat::Ods => cdlp_exports::to_ods(&sheets),
        };
        Ok((
            format!(
                "cdlp-indicateurs-{}-{}.{}",
                period.start,
                period.end,
                format.extension()
            ),
            bytes,
        ))
    }

    async fn department_names(&self) -> Result<Vec<(String, String)>, ApiError> {
        Ok(self
            .departments()
            .await?
            .into_iter()
            .map(|d| (d.code, d.name))
            .collect())
    }

    pub async fn exports(&self, principal: &Principal) -> Result<Vec<ExportRow>, ApiError> {
        let mut tx = self.db.begin(&analyst_context(principal)?).await?;
        let rows = stats::exports(&mut tx).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// An export's file, for its requester only, within 48 hours; every download is audited.
    pub async fn export_content(
        &self,
        principal: &Principal,
        id: Uuid,
    ) -> Result<(ExportRow, Vec<u8>), ApiError> {
        let mut tx = self.db.begin(&analyst_context(principal)?).await?;
        let (row, content) = stats::export_content(&mut tx, id)
            .await?
            .ok_or_else(|| ApiError::not_found("export"))?;
        let content =
            content.ok_or_else(|| ApiError::bad_input("id", "cet export n'est pas encore prêt"))?;
        audit::append(
            &mut tx,
            audit::Entry {
                department: None,
                actor_user_id: Some(principal.user_id),
                actor_role: Some(Role::MinistryAnalyst.as_str()),
                action: "export.downloaded",
                target_type: Some("export"),
                target_id: Some(id.to_string()),
                details: json!({ "format": row.format }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok((row, content))
    }

    /// Open data: the national yearly figures since the first commissions (2017), protected.
    pub async fn open_data_csv(&self) -> Result<Vec<u8>, ApiError> {
        let mut header = vec!["annee".to_owned()];
        let mut rows = Vec::new();
        for year in 2017..=self.today().year() {
            let report = self
                .national_report(None, ReportPeriod::new(year, None, None)?)
                .await?;
            if header.len() == 1 {
                header.extend(report.indicators.iter().map(|i| i.key.to_lowercase()));
            }
            let mut row = vec![Value::Number(year.into())];
            row.extend(report.indicators.iter().map(|i| cell(&i.national)));
            rows.push(row);
        }
        Ok(cdlp_exports::to_csv(&Sheet {
            name: "indicateurs".into(),
            header,
            rows,
        }))
    }

    /// The description of the open-data columns.
    pub fn open_data_columns_csv(&self) -> Vec<u8> {
        let mut rows = vec![vec![
            Value::Text("annee".into()),
            Value::Text("Année civile des figures".into()),
            Value::Text("entier".into()),
        ]];
        for (key, label) in super::reports::FLOW_INDICATORS
            .iter()
            .chain([&super::reports::IN_PROGRESS])
        {
            rows.push(vec![
                Value::Text(key.to_lowercase()),
                Value::Text(format!(
                    "{label} ({unit} ; « < 5 » : moins de cinq ; « secret » : masqué pour ne pas révéler un petit effectif)",
                    unit = cdlp_domain::indicator::counts(key).unit_fr()
                )),
                Value::Text("entier ou texte".into()),
            ]);
        }
        cdlp_exports::to_csv(&Sheet {
            name: "colonnes".into(),
            header: vec!["colonne".into(), "description".into(), "type".into()],
            rows,
        })
    }
}
