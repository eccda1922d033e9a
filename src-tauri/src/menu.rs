//! The native menu. Custom items are forwarded to the web UI as a `menu`
//! event carrying the item id, so the UI decides (and can flush edits first).

use stratege_engine::model::Language;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Menu item ids the UI listens for.
const NEW_STRATEGY: &str = "new_strategy";
const LIBRARY: &str = "library";
const QUIT: &str = "quit";
const EXPORT_PDF: &str = "export_pdf";
const EXPORT_STRATEGY: &str = "export_strategy";
const IMPORT_STRATEGY: &str = "import_strategy";
const LANGUAGE_FR: &str = "language_fr";
const LANGUAGE_EN: &str = "language_en";
const UNDO: &str = "undo";
const REDO: &str = "redo";
const ZOOM_IN: &str = "zoom_in";
const ZOOM_OUT: &str = "zoom_out";
const ZOOM_RESET: &str = "zoom_reset";
const ABOUT: &str = "about";

struct Labels {
    file: &'static str,
    new_strategy: &'static str,
    library: &'static str,
    quit: &'static str,
    export_pdf: &'static str,
    export_strategy: &'static str,
    import_strategy: &'static str,
    edit: &'static str,
    undo: &'static str,
    redo: &'static str,
    view: &'static str,
    zoom_in: &'static str,
    zoom_out: &'static str,
    zoom_reset: &'static str,
    help: &'static str,
    about: &'static str,
}

fn labels(language: Language) -> Labels {
    match language {
        Language::Fr => Labels {
            file: "Fichier",
            new_strategy: "Nouvelle stratégie",
            library: "Bibliothèque",
            quit: "Quitter",
            export_pdf: "Exporter le livrable PDF…",
            export_strategy: "Exporter la stratégie (.strategy)…",
            import_strategy: "Importer une stratégie (.strategy)…",
            edit: "Édition",
            undo: "Annuler",
            redo: "Rétablir",
            view: "Affichage",
            zoom_in: "Agrandir",
            zoom_out: "Réduire",
            zoom_reset: "Taille normale",
            help: "Aide",
            about: "À propos de Stratège…",
        },
        Language::En => Labels {
            file: "File",
            new_strategy: "New strategy",
            library: "Library",
            quit: "Quit",
            export_pdf: "Export the PDF deliverable…",
            export_strategy: "Export the strategy (.strategy)…",
            import_strategy: "Import a strategy (.strategy)…",
            edit: "Edit",
            undo: "Undo",
            redo: "Redo",
            view: "View",
            zoom_in: "Zoom in",
            zoom_out: "Zoom out",
            zoom_reset: "Actual size",
            help: "Help",
            about: "About Stratège…",
        },
    }
}

fn build<R: Runtime>(app: &AppHandle<R>, language: Language) -> tauri::Result<Menu<R>> {
    let l = labels(language);
    let item = |id: &str, text: &str, accelerator: Option<&str>| MenuItem::with_id(app, id, text, true, accelerator);
    let file = Submenu::with_items(
        app,
        l.file,
        true,
        &[
            &item(NEW_STRATEGY, l.new_strategy, Some("CmdOrCtrl+N"))?,
            &item(LIBRARY, l.library, Some("CmdOrCtrl+L"))?,
            &PredefinedMenuItem::separator(app)?,
            &item(IMPORT_STRATEGY, l.import_strategy, Some("CmdOrCtrl+O"))?,
            &item(EXPORT_STRATEGY, l.export_strategy, Some("CmdOrCtrl+E"))?,
            &item(EXPORT_PDF, l.export_pdf, Some("CmdOrCtrl+P"))?,
            &PredefinedMenuItem::separator(app)?,
            &item(QUIT, l.quit, Some("CmdOrCtrl+Q"))?,
        ],
    )?;
    let edit = Submenu::with_items(
        app,
        l.edit,
        true,
        &[
            // Our own undo/redo: the engine's history of the strategy's edits,
            // not the text field's (which would miss drags, deletes and imports).
            &item(UNDO, l.undo, Some("CmdOrCtrl+Z"))?,
            &item(REDO, l.redo, Some("Shift+CmdOrCtrl+Z"))?,
            &PredefinedMenuItem::separator(app)?,
            &PredefinedMenuItem::cut(app, None)?,
            &PredefinedMenuItem::copy(app, None)?,
            &PredefinedMenuItem::paste(app, None)?,
            &PredefinedMenuItem::select_all(app, None)?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        l.view,
        true,
        &[
            &item(ZOOM_IN, l.zoom_in, Some("CmdOrCtrl+="))?,
            &item(ZOOM_OUT, l.zoom_out, Some("CmdOrCtrl+-"))?,
            &item(ZOOM_RESET, l.zoom_reset, Some("CmdOrCtrl+0"))?,
            &PredefinedMenuItem::separator(app)?,
            &item(LANGUAGE_FR, "Français", None)?,
            &item(LANGUAGE_EN, "English", None)?,
        ],
    )?;
    let help = Submenu::with_items(app, l.help, true, &[&item(ABOUT, l.about, None)?])?;
    Menu::with_items(app, &[&file, &edit, &view, &help])
}

pub fn install(app: &tauri::App) -> tauri::Result<()> {
    let language = app
        .try_state::<crate::state::AppState>()
        .and_then(|state| state.saved_language())
        .unwrap_or_else(|| stratege_engine::settings::language_of_locale(sys_locale::get_locale().as_deref()));
    app.set_menu(build(app.handle(), language)?)?;
    app.on_menu_event(|app, event| {
        // Forward our own items; predefined ones are handled natively.
        let id = event.id().as_ref().to_string();
        let _ = app.emit("menu", id);
    });
    Ok(())
}

/// Rebuilds the menu in `language` after the user switches.
pub fn relabel(app: &AppHandle, language: Language) {
    match build(app, language) {
        Ok(menu) => {
            let _ = app.set_menu(menu);
        }
        Err(error) => eprintln!("menu: {error}"),
    }
}
