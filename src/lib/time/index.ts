export { isIsoDate, isoDay, latestRecordable, formatDay } from '../catalog/isoDate.ts';
export { STEPS, dateProblems, type Step, type DateProblem } from '../catalog/dateRules.ts';
export { maturityAt, isVisibleAt, isDated, NOT_YET_ACCEPTED, type LevelAt } from './maturityAt.ts';
export { stepEvents, type StepEvent, type EventKind } from './stepEvents.ts';
export { changesSince, type Changes, type ProblemGrowth, type ArticleProjectChange } from './changesSince.ts';
export { timelineSteps, type TimelineStep } from './timelineSteps.ts';
export { growthByYear, type Growth, type GrowthRow } from './growthByYear.ts';
export { timeStops, type TimeStop } from './timeStops.ts';
