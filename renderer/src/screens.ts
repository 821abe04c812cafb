/**
 * Every screen of the app, in sidebar order. Screens other than the two a learner opens most
 * (dashboard, roadmap) and the first-run profile are code-split: each loads when first opened.
 */
import { lazy, type ComponentType } from 'react';
import type { PlannerBridge } from '../../shared/ipc/bridge';
import { DashboardScreen } from './dashboard/DashboardScreen';

export type ScreenId =
  | 'dashboard'
  | 'today'
  | 'roadmap'
  | 'timeline'
  | 'week'
  | 'review'
  | 'certifications'
  | 'quiz'
  | 'practice'
  | 'costs'
  | 'projects'
  | 'guide'
  | 'history'
  | 'whatif'
  | 'profile'
  | 'settings';

/**
 * What on a screen to show: a certification, or a week (and a session in it to focus), as a
 * clicked reminder asks for.
 */
export interface ScreenDetail {
  certId?: string;
  weekStart?: string;
  sessionId?: string;
}

export interface ScreenProps {
  planner: PlannerBridge;
  navigate: (screen: ScreenId, detail?: ScreenDetail) => void;
  detail?: ScreenDetail;
}

/** The detail a `navigate` from main carries, without the fields it left out. */
export function detailOf(navigation: ScreenDetail): ScreenDetail | undefined {
  const detail: ScreenDetail = {};
  if (navigation.certId) detail.certId = navigation.certId;
  if (navigation.weekStart) detail.weekStart = navigation.weekStart;
  if (navigation.sessionId) detail.sessionId = navigation.sessionId;
  return Object.keys(detail).length > 0 ? detail : undefined;
}

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  component: ComponentType<ScreenProps>;
}

const lazyScreen = (load: () => Promise<{ default: ComponentType<ScreenProps> }>) => lazy(load);

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'dashboard', label: 'Dashboard', component: DashboardScreen },
  { id: 'today', label: 'Today', component: lazyScreen(() => import('./today/TodayScreen')) },
  { id: 'roadmap', label: 'Roadmap', component: lazyScreen(() => import('./roadmap/RoadmapEntry')) },
  { id: 'timeline', label: 'Timeline', component: lazyScreen(() => import('./timeline/TimelineScreen')) },
  { id: 'week', label: 'Week', component: lazyScreen(() => import('./week/WeekScreen')) },
  { id: 'review', label: 'Review', component: lazyScreen(() => import('./review/ReviewScreen')) },
  { id: 'certifications', label: 'Certifications', component: lazyScreen(() => import('./certifications/CertificationsScreen')) },
  { id: 'quiz', label: 'Readiness quiz', component: lazyScreen(() => import('./quiz/QuizScreen')) },
  { id: 'practice', label: 'Exam practice', component: lazyScreen(() => import('./practice/PracticeScreen')) },
  { id: 'costs', label: 'Costs & salary', component: lazyScreen(() => import('./costs/CostsScreen')) },
  { id: 'projects', label: 'Projects', component: lazyScreen(() => import('./projects/ProjectsScreen')) },
  { id: 'guide', label: 'Guide', component: lazyScreen(() => import('./guide/GuideScreen')) },
  { id: 'history', label: 'History', component: lazyScreen(() => import('./history/HistoryScreen')) },
  { id: 'whatif', label: 'What if', component: lazyScreen(() => import('./whatif/WhatIfScreen')) },
  { id: 'profile', label: 'Profile', component: lazyScreen(() => import('./profile/ProfileEntry')) },
  { id: 'settings', label: 'Settings', component: lazyScreen(() => import('./settings/SettingsScreen')) },
];
