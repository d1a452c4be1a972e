/**
 * Setup of the component project: findBy* and waitFor get the same kind of headroom as the tests
 * (Testing Library's 1 s default fails a whole-widget redraw on a busy 2-core machine). They
 * return as soon as what they wait for is there, so a passing test is no slower.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
