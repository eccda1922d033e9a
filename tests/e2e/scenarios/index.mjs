// The scenarios, in the order they run.
import firstRun from './first-run.mjs';
import createFillRelaunch from './create-fill-relaunch.mjs';
import language from './language.mjs';
import libraryActions from './library-actions.mjs';
import markup from './markup.mjs';
import coach from './coach.mjs';
import pdfExport from './pdf-export.mjs';
import exchange from './exchange.mjs';
import personaBoard from './personas.mjs';
import calendar from './calendar.mjs';
import undo from './undo.mjs';
import grids from './grids.mjs';
import backups from './backups.mjs';

export default [firstRun, createFillRelaunch, language, libraryActions, markup, coach, pdfExport, exchange, personaBoard, calendar, undo, grids, backups];
