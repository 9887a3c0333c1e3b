/** Who a course is written for. The ids are what course files use; the labels are what learners read. */
export const AUDIENCES = {
  'outreach-workers': 'Outreach workers',
  'peer-workers': 'Peer workers',
  'sexual-health-staff': 'Sexual-health staff',
  'harm-reduction-staff': 'Harm-reduction staff',
  'health-workers': 'Health workers',
  'service-managers': 'Service managers',
  police: 'Police officers',
  'prison-staff': 'Prison health staff',
  'probation-staff': 'Probation staff',
  'policy-makers': 'Policy makers',
  'peer-organisations': 'Organisations employing peers',
} as const;

export type AudienceId = keyof typeof AUDIENCES;
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [AudienceId, ...AudienceId[]];
