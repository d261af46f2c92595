// Data drift without any GitHub runtime: profiles, column typing, per-column tests, the evidently and
// auto methods, and the HTML report.
export { AUTO_RULE, autoColumnType } from "./auto-method.ts";
export { type ProfiledCell, profileCell } from "./cell.ts";
export {
  ColumnProfile,
  type ColumnProfileJSON,
  DEFAULT_LIMITS,
  type ProfileLimits,
} from "./column-profile.ts";
export {
  isDrifted,
  runTest,
  TEST_NAMES,
  TESTS,
  type TestName,
  type TestOutcome,
  type TestSpec,
} from "./column-tests.ts";
export { type ColumnType, evidentlyColumnType, pandasDtype } from "./column-type.ts";
export { type CompareOptions, compareProfiles } from "./compare.ts";
export { DatasetProfile, type DatasetProfileJSON, isProfileJSON, PROFILE_SCHEMA } from "./dataset-profile.ts";
export { DriftInputError } from "./errors.ts";
export { evidentlyDefaultTest } from "./evidently-method.ts";
export { escapeHtml, formatNumber, type HtmlReportMeta, renderHtmlReport } from "./html-report.ts";
export { loadProfileOrData, profileFiles } from "./profile-files.ts";
export {
  isProfileWorker,
  type LoadedProfile,
  loadProfilesInThreads,
  runProfileWorker,
  type ThreadOptions,
} from "./profile-in-threads.ts";
export { profileColumns, profileRows } from "./profile-rows.ts";
export type { ColumnDrift, ColumnSummary, DriftMethod, DriftResult, Movement, Verdict } from "./result.ts";
