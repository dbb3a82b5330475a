/**
 * @oz/core — the pure domain of Oz: alcohol arithmetic, drink catalogue, screening questionnaires,
 * calendar days, diary reports, goals, gains, streaks, the care pathway, the rules of a contact request,
 * and geography (départements, distances, orientation order). No I/O, no clock, no randomness (enforced by
 * eslint.config.js); every number cites its source.
 */
export * from './units.js';
export * from './errors.js';
export * from './i18n.js';

export * from './drinks/alcohol.js';
export * from './drinks/drink.js';
export * from './drinks/catalogue.js';
export * from './drinks/custom.js';

export * from './screening/questionnaire.js';
export * from './screening/audit.js';
export * from './screening/auditC.js';
export * from './screening/face.js';
export * from './screening/levels.js';

export * from './calendar/date.js';
export * from './calendar/week.js';
export * from './calendar/zoned.js';

export * from './reminders/schedule.js';

export * from './diary/entry.js';
export * from './diary/guidelines.js';
export * from './diary/reperes.js';
export * from './diary/dailyTotals.js';
export * from './diary/weeklyReport.js';
export * from './diary/dayStatus.js';
export * from './diary/recentWeeks.js';

export * from './goals/goal.js';
export * from './goals/evaluateWeek.js';

export * from './gains/typicalWeek.js';
export * from './gains/gains.js';
export * from './gains/streaks.js';

export * from './pathway/types.js';
export * from './pathway/sources.js';
export * from './pathway/recommendPathway.js';
export * from './pathway/live.js';
export { levelRank, strongerLevel } from './pathway/levels.js';
export {
  AUDIT_SFA_MISUSE_MIN_TOTAL,
  AUDIT_SFA_PROBABLE_DEPENDENCE_MIN_TOTAL,
  screeningOutcome,
  type ScreeningOutcome,
} from './pathway/screeningRules.js';
export {
  DAILY_HEAVY_DRINKING_MIN_DRINKING_DAYS,
  DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL,
  DAILY_HEAVY_DRINKING_MIN_PER_DRINKING_DAY,
  isDailyHeavyDrinkingWeek,
  WEEKS_ABOVE_LIMIT_FOR_BRIEF_INTERVENTION,
  WEEKS_OF_DAILY_HEAVY_DRINKING_FOR_SPECIALIST,
  WEEKS_WITH_HEAVY_DAYS_FOR_BRIEF_INTERVENTION,
  WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_BRIEF_INTERVENTION,
  WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_SELF_HELP,
} from './pathway/diaryRules.js';

export * from './stats/usageMetrics.js';
export * from './stats/usageQueue.js';
export * from './stats/suppression.js';

export * from './safety/questions.js';
export * from './safety/advice.js';
export * from './safety/deepCut.js';

export * from './contact/requestFlow.js';
export * from './contact/deadlines.js';

export * from './geography/departements.js';
export * from './geography/distance.js';
export * from './geography/orientation.js';

export * from './care/structureKinds.js';

export * from './ozEnsemble/serving.js';
export * from './ozEnsemble/quickTest.js';
export * from './ozEnsemble/ageBand.js';

export * from './interop/fhirTypes.js';
export * from './interop/fhirCodes.js';
export * from './interop/fhirBundle.js';

export * from './drinks/search.js';
export * from './drinks/frequent.js';

export * from './support/errors.js';
export * from './support/situations.js';
export * from './support/motivation.js';
export * from './support/rulers.js';
export * from './support/craving.js';
export * from './support/plans.js';
export * from './support/suggestions.js';
export * from './support/harmReduction.js';

export * from './articles/article.js';
export * from './articles/checkArticle.js';
export * from './articles/forPathway.js';

export * from './programmes/programme.js';
export * from './programmes/checkProgramme.js';
export * from './programmes/run.js';
export * from './programmes/weeklyGoal.js';
export * from './programmes/comparison.js';

export * from './wellbeing/errors.js';
export * from './wellbeing/who5.js';
export * from './wellbeing/assessment.js';

export * from './normative/barometre.js';
export * from './normative/feedback.js';

export * from './badges/catalogue.js';
export * from './badges/abruptStop.js';
export * from './badges/compute.js';
