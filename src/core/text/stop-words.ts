/**
 * Words that carry no content in a question about an article: function words, question
 * scaffolding ("tell me about", "according to the article") and chat filler. Question
 * words are still read by the intent detector before these are dropped.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above according actually after again against all also am an and any anyone anything are
  aren around as at be because been before being below between both but by can cannot could couldn
  d did didn do does doesn doing don down during each else even ever every exactly few for from
  further get gets getting go goes going gone got had hadn has hasn have haven having he her here
  hers herself him himself his how however i if in into is isn it its itself just know let like ll
  m ma me mention mentioned mentions might mine more most must mustn my myself need no nor not now
  o of off ok okay on once one only or other our ours ourselves out over own please pls plz re
  really s same say says she should shouldn so some someone something such t tell than that the
  their theirs them themselves then there these they thing things this those through thus to too
  u under until up upon ur us ve very want was wasn way we were weren what whats when where which
  while who whom whose why will with won would wouldn y yeah yes yet you your yours yourself
  yourselves article story text news piece report bot exactly much many number amount total
  quantity count name named kind sort type ever still happen happened happens
  discuss discussed discussion detail details information info regarding concerning related topic
  subject main point points basically give gave given take took taken make made put went come
  came comes refer refers referring mean means meant`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying: dropped from topic words once a quote request is recognised. */
export const SAYING_WORDS: ReadonlySet<string> = new Set(
  `say says said saying tell told telling state stated statement statements comment comments
  commented quote quotes quoted word words remark remarks view views opinion opinions think thinks
  thought claim claimed speak spoke talk talked mention mentioned`
    .split(/\s+/)
    .filter(Boolean),
);
