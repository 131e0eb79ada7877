import { graphql } from "../../gql";

// Operations of the Espace ministère. Every figure about people comes back protected
// (Figure: value null + label "< 5" / "secret" when hidden).

export const ministryDepartmentsQuery = graphql(`
  query MinistryDepartments {
    departments {
      code
      name
      regionCode
      regionName
      sortKey
      onboarded
    }
  }
`);

/** National dashboard and the départements table: no breakdowns (they are large). */
export const ministryNationalReportQuery = graphql(`
  query MinistryNationalReport($year: Int!, $quarter: Int, $month: Int) {
    nationalReport(year: $year, quarter: $quarter, month: $month) {
      periodKind
      start
      end
      nationalMedianDaysToDecision
      indicators {
        key
        label
        national {
          ...FigureFields
        }
        departments {
          departmentCode
          figure {
            ...FigureFields
          }
        }
      }
      context {
        ...DepartmentContextFields
      }
    }
  }
`);

export const ministryDepartmentReportQuery = graphql(`
  query MinistryDepartmentReport($departmentCode: String!, $year: Int!, $quarter: Int, $month: Int) {
    departmentReport(departmentCode: $departmentCode, year: $year, quarter: $quarter, month: $month) {
      periodKind
      start
      end
      indicators {
        key
        label
        national {
          ...FigureFields
        }
        breakdowns {
          dimension
          categories
          national {
            ...FigureFields
          }
        }
      }
      context {
        ...DepartmentContextFields
      }
      declared {
        departmentCode
        indicator
        value
      }
    }
  }
`);

export const ministryIndicatorSeriesQuery = graphql(`
  query MinistryIndicatorSeries($indicator: String!, $from: NaiveDate!, $to: NaiveDate!, $departmentCode: String) {
    indicatorSeries(indicator: $indicator, from: $from, to: $to, departmentCode: $departmentCode) {
      month
      figure {
        ...FigureFields
      }
    }
  }
`);

export const ministryExportsQuery = graphql(`
  query MinistryExports {
    exports {
      id
      format
      status
      periodStart
      periodEnd
      filename
      createdAt
      readyAt
      expiresAt
    }
  }
`);

export const ministryRequestExportMutation = graphql(`
  mutation MinistryRequestExport($format: ExportFormat!, $year: Int!, $quarter: Int, $month: Int) {
    requestExport(format: $format, year: $year, quarter: $quarter, month: $month) {
      id
      format
      status
      filename
      createdAt
      readyAt
      expiresAt
    }
  }
`);

export const ministryExportFileQuery = graphql(`
  query MinistryExportFile($id: UUID!) {
    exportFile(id: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);
