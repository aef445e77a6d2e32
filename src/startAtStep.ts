import { leaveStepPage } from './lib/state/stepPage.ts';

// First of the page's modules, so the address is the story's before any other reads it.
leaveStepPage(document.documentElement.dataset['stepPage'], window);
