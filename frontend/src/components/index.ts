export { ErrorAlert, type ErrorAlertProps } from "./ErrorAlert";
export { EmptyState, type EmptyStateProps } from "./EmptyState";
export { PageTitle, useDocumentTitle, type PageTitleProps } from "./PageTitle";
export { Loading, type LoadingProps } from "./Loading";
export { Progress, type ProgressProps } from "./Progress";
export { formatDate, formatLongDate, formatDateTime, todayNaive } from "./dates";
export { fieldError, isFieldError } from "../api/errors";
export { useRevokeRole, type RevokeTarget } from "./RevokeRole";
export { ScrollTable, type ScrollTableProps } from "./ScrollTable";
