/**
 * The story's name as it is shown and shared: the masthead, the page title, search results, the
 * social card and the structured data all read it from here.
 */
export const STORY_KICKER = 'Frontier · Iraq and Syria';
export const STORY_HEADLINE = 'Iraq’s border with Syria: where it runs and where it can be crossed';
export const STORY_DESCRIPTION =
  'The Iraq–Syria border from end to end: its length as reported and as measured, the governorates it crosses ' +
  'and its crossings, with sources.';
