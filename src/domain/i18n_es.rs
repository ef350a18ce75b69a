//! Spanish: neutral Spanish for readers in Spain and Latin America, in the
//! warm "tú" form (no "vosotros", no "vos"). The person's partner is always
//! "tu pareja", and sentences are built so that neither the reader nor the
//! partner needs a gendered adjective ("a salvo", not "seguro/segura").
//! Tables follow the same order as their English counterparts.

use super::i18n::{SourceText, Strings};
use super::moments::{MomentText, MOMENT_COUNT};

pub static ES: Strings = Strings {
    widget_label: "Nearer: una reflexión privada sobre la cercanía",
    disclaimer: "Este es un espacio de reflexión personal. No es terapia ni un diagnóstico, y no juzga a ninguna de las dos personas.",

    intro_title: "¿De dónde viene la distancia?",
    intro_lead: "La cercanía rara vez se apaga por un solo motivo. Esta breve reflexión te ayuda a ver qué presiones del día a día han ido poniendo distancia entre tu pareja y tú, para que puedas elegir un punto de partida amable.",
    intro_points: [
        "Lleva unos cinco minutos: unas preguntas sobre tu situación y luego 24 afirmaciones breves.",
        "Responde pensando en cómo han ido las cosas últimamente. Puedes saltarte todo lo que prefieras no contestar.",
        "Puedes parar cuando quieras. Se guarda por dónde ibas y puedes volver más tarde.",
    ],
    intro_privacy: "Tus respuestas se quedan en este navegador, en este dispositivo. No se envía nada a ninguna parte.",
    begin: "Empezar",

    situation_title: "Primero, un poco sobre tu situación",
    situation_hint: "Estas respuestas ajustan lo que verás al final. Se quedan en este dispositivo.",
    apart_question: "¿Ahora mismo no vives con tu pareja porque uno de los dos se fue de casa o pidió espacio?",
    apart_yes: "Sí",
    apart_no: "No",
    apart_unsure: "No lo tengo claro",
    safety_question: "¿Alguna vez sientes miedo de tu pareja, o sientes que en esta relación no estás a salvo, que te controlan o que te hacen daño?",
    safety_no: "No",
    safety_sometimes: "A veces",
    safety_yes: "Sí",
    safety_private: "Prefiero no decirlo",

    statements_title: "¿Hasta qué punto te identificas con esto últimamente?",
    statements_hint: "Elige la respuesta que mejor encaje. No hay respuestas correctas, y puedes saltarte cualquier afirmación.",
    scale: ["Nada", "Un poco", "En parte", "Bastante", "Mucho"],
    statements: [
        // page 1
        "Al final de la mayoría de los días, me queda poca energía para lo nuestro.",
        "El trabajo, los hijos, las tareas de la casa o la familia ocupan casi todo nuestro tiempo.",
        "Hay cosas que necesito en nuestra relación y que no he dicho en voz alta.",
        "Compartimos los días más por rutina que por elección.",
        // page 2
        "Nuestras conversaciones importantes suelen darse con prisas, entre una cosa y otra.",
        "He dejado de hacer cosas que antes me hacían feliz.",
        "No siempre se han cumplido los pequeños acuerdos que hacemos.",
        "Hay temas que parece que evitamos tocar.",
        // page 3
        "Uno de los dos se ha alejado de la relación: ha pedido espacio, se ha ido de casa o se ha quedado en silencio.",
        "El estrés de otras partes de mi vida se cuela en nuestro tiempo en pareja.",
        "Se han ido acumulando pequeñas heridas sin que las hayamos hablado.",
        "Hace tiempo que no compartimos un rato divertido, sin más.",
        // page 4
        "El tiempo a solas en pareja siempre acaba quedando para más adelante.",
        "Nuestras conversaciones pueden volverse tensas enseguida.",
        "Después de un malentendido, nos cuesta mucho volver a encontrarnos.",
        "Lo que siento últimamente sobre mí influye en cómo estoy con mi pareja.",
        // page 5
        "Algunos temas pesan demasiado para sacarlos, así que se quedan esperando.",
        "Hace mucho tiempo que ninguno de los dos descansa de verdad.",
        "Incluso cuando estamos en la misma habitación, siento a mi pareja lejos.",
        "A veces, para mantener la paz, me callo lo que siento.",
        // page 6
        "A veces siento que no se valora lo que hago, o noto que a mi pareja le pasa lo mismo.",
        "Casi todo lo que hablamos es logística: quién hace qué, y cuándo.",
        "En los momentos difíciles, uno de los dos acaba defendiéndose en vez de escuchar.",
        "Cuando algo me importa, no siempre siento que me escuchen.",
    ],

    back: "Atrás",
    next: "Siguiente",
    see_results: "Ver mis resultados",
    progress_label: "Progreso",
    step_of: |n, total| format!("Paso {n} de {total}"),
    answered_of: |n, total| match total {
        1 => format!("{n} de 1 afirmación respondida"),
        _ => format!("{n} de {total} afirmaciones respondidas"),
    },

    results_title: "De dónde parece venir la distancia",
    results_lead: "Esto es lo que destaca en tus respuestas. Son patrones por los que pasan muchas parejas, no veredictos sobre ninguna de las dos personas.",
    top_title: "Lo que más pesa ahora mismo",
    looks_like_label: "Cómo suele notarse",
    first_step_label: "Un primer paso pequeño",
    none_stand_out: "En tus respuestas no destaca con fuerza ningún origen en particular. También vale la pena notarlo: puede que la distancia sea pequeña, o que esté repartida entre muchas cosas del día a día.",
    top_level_note: "Para ti pesan más o menos lo mismo, así que aparecen uno junto a otro, sin un orden en particular.",
    level_title: "Pesan más o menos lo mismo",
    level_all: "En tus respuestas, todos los orígenes pesan más o menos lo mismo, así que aquí no se destaca ninguno. Eso suele significar que la distancia está repartida entre muchas cosas del día a día, más que venir de un solo lugar.",
    level_some: "En tus respuestas, estos pesan más o menos lo mismo, y más que el resto. Ninguno sobresale por encima de los demás, así que aquí no se destaca ninguno.",
    level_step: "Un primer paso pequeño que sirve para cualquiera de ellos: cada día, dedica un momento breve de atención de verdad, como un saludo cálido o diez minutos sin pantallas, y mantenlo durante una semana. O abre el que sientas más cerca de tu vida.",
    all_title: "Todos los orígenes, de mayor a menor",
    score_of: |score| format!("{score} de 100"),
    not_rated: "Sin valorar",
    skipped: |skipped, total| match skipped {
        0 => format!("Has respondido las {total} afirmaciones."),
        1 => format!("Te has saltado 1 de {total} afirmaciones. Las puntuaciones se basan solo en las afirmaciones que has respondido."),
        n if n == total => format!("Te has saltado las {total} afirmaciones, así que todavía no hay nada que puntuar. Puedes volver atrás y responder cualquiera de ellas."),
        n => format!("Te has saltado {n} de {total} afirmaciones. Las puntuaciones se basan solo en las afirmaciones que has respondido."),
    },
    apart_title: "Mientras no vives con tu pareja",
    apart_text: "Cuando tu pareja ha tomado distancia, insistir o presionar para obtener respuestas suele agrandar la brecha. Suele ayudar más estabilizar primero tu propio día a día, dar espacio y que cualquier contacto sea breve, cálido y sin presión. Es normal recibir señales contradictorias por el camino: ten paciencia contigo y con tu pareja.",
    safety_title: "Tu seguridad es lo primero",
    safety_text: "Has indicado que, al menos algunas veces, sientes miedo, que no te sientes a salvo, que te controlan o que te hacen daño. Las ideas de esta herramienta están pensadas para la distancia habitual entre dos personas que se sienten seguras la una con la otra, así que aquí no vas a encontrar sugerencias para reconectar. Mereces el apoyo de personas que puedan ayudarte.",
    safety_resources: "Si ahora mismo estás en peligro, llama al número de emergencias de tu zona. Una línea de ayuda sobre violencia doméstica, un servicio de salud o una persona de confianza pueden escucharte de forma confidencial y ayudarte a pensar en tus opciones.",
    safety_reference_title: "Tus respuestas, como referencia",
    safety_footer: "Si alguna vez no te sientes a salvo en tu relación, no tienes que afrontarlo sin ayuda: en una emergencia, llama al número de emergencias de tu zona, o ponte en contacto con una línea de ayuda local para hablar de forma confidencial.",
    retake: "Repetir la reflexión",
    retake_confirm: "¿Empezar de nuevo? Se borrarán tus respuestas actuales. Los resultados de días anteriores se conservan, para que puedas comparar el nuevo con ellos.",
    retake_confirm_today: "¿Empezar de nuevo? Se borrarán tus respuestas actuales y, cuando termines, el nuevo resultado reemplazará al de hoy (se guarda uno por día). Los resultados de días anteriores se conservan para comparar.",
    retake_yes: "Sí, empezar de nuevo",
    retake_no: "Conservar mis respuestas",

    notice_storage_unavailable: "Este navegador no permite que la página guarde datos, así que tus respuestas se perderán al cerrarla.",
    notice_save_failed: "Tus últimas respuestas no se han podido guardar en este dispositivo (puede que su almacenamiento esté lleno). Siguen aquí mientras esta página siga abierta.",
    notice_corrupt: "Lo que había guardado aquí antes no se ha podido leer, así que empiezas de cero. Se ha guardado una copia en este dispositivo, y puedes descargarla.",
    notice_newer: "Tus respuestas se guardaron con una versión más reciente de esta herramienta. Para protegerlas, no se guardará nada de lo que hagas aquí hasta que se actualice esta página.",
    notice_corrupt_not_kept: "Lo que había guardado aquí antes no se ha podido leer, y no había espacio para guardar una copia. Para protegerlo, no se guardará nada de lo que hagas aquí.",
    notice_changed_elsewhere: "Esto también se ha cambiado en otra pestaña o ventana. Para que ninguna sobrescriba a la otra, aquí ya no se guarda nada más: recarga esta página para seguir con lo más reciente.",

    sources: [
        SourceText {
            name: "Agotamiento y estrés",
            looks_like: "Largas temporadas de cansancio y presión dejan poca energía para la relación. Por la noche solo queda aguantar, y la cercanía se queda esperando una semana más tranquila que nunca acaba de llegar.",
            first_step: "Busca esta semana cinco minutos para sentarte con tu pareja sin nada pendiente. Descansar en compañía también es una forma de conectar.",
        },
        SourceText {
            name: "Demasiadas obligaciones",
            looks_like: "El trabajo, los hijos, las tareas de la casa y la familia pueden acaparar casi todas las horas. Puede que la logística funcione muy bien en equipo mientras el tiempo en pareja se sigue aplazando.",
            first_step: "Reserva un rato pequeño y fijo solo para tu pareja y tú, aunque sean quince minutos, y respétalo como respetarías cualquier otro compromiso.",
        },
        SourceText {
            name: "Necesidades no expresadas y resentimientos",
            looks_like: "Las necesidades que nunca se dijeron en voz alta y las pequeñas heridas que se dejaron pasar sin hablarlas pueden convertirse en una distancia silenciosa, difícil de nombrar.",
            first_step: "Fíjate en una necesidad pequeña y exprésala pronto y con suavidad, como un deseo y no como una queja: \"Me encantaría que…\"",
        },
        SourceText {
            name: "Conversaciones con prisas o a la defensiva",
            looks_like: "Las conversaciones que se tienen sobre la marcha pueden calentarse rápido o terminar con ambas partes a la defensiva, y así lo importante queda sin resolver.",
            first_step: "Cuando notes que una conversación se calienta, haz una pausa y propón retomarla a una hora concreta. Las conversaciones sin prisa suelen llegar más lejos.",
        },
        SourceText {
            name: "Temas que se evitan",
            looks_like: "Algunos temas pesan demasiado y se esquivan. El silencio mantiene la paz por ahora, pero también deja fuera de alcance una parte de cada persona.",
            first_step: "En un momento tranquilo, nombra el tema sin intentar resolverlo: \"Me gustaría que habláramos de esto algún día, con calma.\"",
        },
        SourceText {
            name: "Caer en la rutina",
            looks_like: "Los días se asientan en hábitos y resulta fácil dar la relación por sentada. La diversión compartida y la curiosidad se van apagando sin que nadie lo haya decidido.",
            first_step: "Dale las gracias hoy a tu pareja por algo concreto, o propón retomar algún pequeño plan compartido de los de antes.",
        },
        SourceText {
            name: "Olvidarte de ti",
            looks_like: "Cuando dejas de hacer lo que te hacía feliz, o te falta confianza en ti, cambia tu forma de estar: con más cansancio, más a la defensiva y, a veces, con un resentimiento callado.",
            first_step: "Retoma algo que antes te llenaba de energía, solo para ti. Cuidarte también es cuidar la relación.",
        },
        SourceText {
            name: "Confianza debilitada",
            looks_like: "Cuando los pequeños acuerdos fallan, o sientes que no te escuchan, la confianza se desgasta y los malentendidos tardan más en arreglarse.",
            first_step: "Cumple esta semana una pequeña promesa al pie de la letra y, tras un malentendido, da el primer paso para arreglarlo antes de que pase una hora, si puedes.",
        },
        SourceText {
            name: "Separación física o emocional",
            looks_like: "Que tu pareja se haya ido de casa, haya pedido espacio o se haya quedado en silencio puede dejarte sin saber qué hacer. Insistir en acercarte suele agrandar la distancia.",
            first_step: "Da espacio en lugar de insistir. Pon tu energía en estabilizar tu propio día a día, y que cualquier contacto sea breve, cálido y sin presión.",
        },
    ],

    nav_label: "Secciones",
    nav_reflect: "Reflexión",
    nav_moments: "Momentos",
    nav_list: |n| match n {
        0 => "Mi lista".to_string(),
        n => format!("Mi lista ({n})"),
    },
    see_moments: "Encontrar pequeños momentos para esto",
    see_selfcare: "Ver formas de cuidarte",

    moments_title: "Pequeños momentos",
    moments_lead: "Cosas pequeñas y concretas que puedes hacer por tu cuenta, se sume o no tu pareja. Elige una o dos que te parezcan posibles esta semana.",
    suggested_title: "Sugeridos para ti",
    suggested_lead: "Elegidos según lo que más pesa en tu reflexión. Lo pequeño y constante suele ayudar más que lo grande y ocasional.",
    suggested_apart_lead: "Ahora mismo no vives con tu pareja, así que estos momentos dejan espacio y mantienen las cosas ligeras antes que nada.",
    suggested_general_lead: "En tu reflexión nada sobresale por encima del resto, así que estos son puntos de partida pequeños y generales. Lo pequeño y constante suele ayudar más que lo grande y esporádico.",
    selfcare_title: "Cuidar de ti",
    selfcare_lead: "Por ahora, estos momentos son solo para ti: descanso, estabilidad y apoyo. Mientras no te sientas a salvo, las ideas que implican a tu pareja quedan a un lado.",
    helps_with: "Ayuda con:",
    no_results_hint: "Haz la reflexión para recibir sugerencias a tu medida, o explora todos los momentos más abajo.",
    start_reflection: "Empezar la reflexión",
    browse_title: "Explorar todos los momentos",
    browse_hint: "Agrupados por tipo: abre uno para ver sus momentos, o usa los filtros.",
    moment_count: |n| match n {
        1 => "1 momento".to_string(),
        n => format!("{n} momentos"),
    },
    filter_source: "Origen de la distancia",
    filter_kind: "Tipo de momento",
    filter_effort: "Esfuerzo",
    filter_any: "Cualquiera",
    showing: |n, total| match total {
        1 => format!("Mostrando {n} de 1 momento"),
        _ => format!("Mostrando {n} de {total} momentos"),
    },
    filter_empty: "Nada coincide con todos estos filtros. Intenta quitar alguno.",
    clear_filters: "Quitar filtros",
    add_to_list: "Añadir a mi lista",
    on_list: "En mi lista",
    added: |title| format!("Se ha añadido a tu lista: {title}"),
    list_full: "Tu lista está llena. Quita algo antes de añadir más.",
    custom_title: "Añade un momento propio",
    custom_what: "¿Qué vas a hacer?",
    custom_how: "Cómo o cuándo (opcional)",
    custom_needs_title: "Primero escribe unas palabras sobre lo que vas a hacer.",
    custom_kind: "Tuyo",

    starters_title: "Palabras para empezar",
    starters_lead: "Frases suaves y sin presión para adaptar con tus propias palabras. Al copiarlas, se quedan en este dispositivo hasta que las pegues en otro lugar.",
    starters: [
        ("Para saber cómo está", "Estoy pensando en ti. ¿Cómo va tu día?"),
        ("Algo que extrañas", "Extraño lo fácil que nos reíamos. Me encantaría que volviéramos a reír así."),
        ("Un agradecimiento", "Gracias por encargarte de eso hoy. Me hizo el día más fácil."),
        ("Una pequeña invitación", "¿Te gustaría dar un paseo corto conmigo esta tarde? Solo si tienes ganas."),
    ],
    copy: "Copiar",
    copied: "Copiado. Pégalo donde quieras.",
    copy_fallback: "Aquí no se puede copiar automáticamente, así que el texto está seleccionado: cópialo con el comando habitual de tu dispositivo.",

    list_title: "Mis pequeños momentos",
    list_lead: "Vuelve cuando quieras. Cada pequeño momento que practicas cuenta, en los días que mejor te vengan.",
    list_safety_note: "Mientras no te sientas a salvo, las indicaciones y el recordatorio de cada momento que implica a tu pareja quedan ocultos. Todo lo que guardaste sigue siendo tuyo, aquí en este dispositivo.",
    list_empty: "Aún no hay nada aquí. Elige uno o dos pequeños momentos para empezar; puedes cambiarlos cuando quieras.",
    browse_moments: "Explorar pequeños momentos",
    done_today: "Hecho hoy",
    marked_done: "Anotado como hecho hoy. Muy bien.",
    unmarked_done: "Ya no está marcado para hoy.",
    this_week: "Esta semana",
    // Each day takes its article: "el lunes, el miércoles y el domingo".
    practised_on: |days| match days {
        [] => "Aún no hay nada marcado esta semana.".to_string(),
        [one] => format!("Practicado el {one}."),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|d| format!("el {d}")).collect();
            format!("Practicado {} y el {last}.", rest.join(", "))
        }
    },
    weekday_short: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    weekday_long: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    today: "hoy",
    note_label: "Una nota privada (solo se guarda en este dispositivo)",
    note_saved: "Nota guardada.",
    reminder_summary: "Añadir un recordatorio al calendario",
    reminder_hint: "Un recordatorio amable, una vez por semana, para tu propia aplicación de calendario. El archivo se crea aquí, en tu navegador; no se envía nada a ninguna parte.",
    reminder_days: "Qué días",
    reminder_time: "A qué hora",
    reminder_download: "Descargar archivo de calendario",
    reminder_no_days: "Elige al menos un día para el recordatorio.",
    reminder_ready: "Archivo de calendario descargado. Ábrelo para añadir el recordatorio a tu calendario.",
    reminder_description: "Un pequeño momento de tu lista de Nearer. Solo si el día lo permite.",
    remove: "Quitar",
    remove_confirm: "¿Quitar esto de tu lista? También se borrarán su nota y los días marcados.",
    remove_yes: "Sí, quitar",
    remove_no: "Conservarlo",
    removed: "Quitado de tu lista.",
    print_plan: "Imprimir mi plan",
    unknown_moment: "Un momento que ya no está en el catálogo",

    moments: &MOMENTS_ES,
    kind_names: &KIND_NAMES_ES,
    effort_names: &EFFORT_NAMES_ES,
    time_names: &TIME_NAMES_ES,

    date: |year, month, day| {
        const MONTHS: [&str; 12] = [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ];
        let name = MONTHS[(month.clamp(1, 12) - 1) as usize];
        format!("{day} de {name} de {year}")
    },

    compare_title: "Desde una vez anterior",
    compare_with: "Comparar con la reflexión del",
    compare_lead: "Una puntuación más alta significa que ese origen pesa más ahora que entonces. Los cambios, en un sentido u otro, merecen atención, no juicio.",
    trend_higher: |name, then, now| format!("{name}: pesa más ahora ({then} entonces, {now} ahora)"),
    trend_lower: |name, then, now| format!("{name}: pesa menos ahora ({then} entonces, {now} ahora)"),
    trend_same: |name, score| format!("{name}: igual ({score} las dos veces)"),
    trend_not_comparable: |name| format!("{name}: sin valorar en alguna de las dos"),

    footer_label: "Sobre esta reflexión",
    data_link: "Tus datos en este dispositivo",
    data_title: "Tus datos en este dispositivo",
    data_lead: "Todo lo que escribes se queda en este navegador. No se envía nada a ninguna parte y no hay ninguna cuenta.",
    shared_device_title: "Si otras personas usan este dispositivo",
    shared_device_note: "Lo que guardas aquí no está protegido con contraseña: cualquiera que abra esta página en este navegador podría ver tus respuestas, tus notas y tu lista. Si compartes el dispositivo, puedes dejar de guardar nada aquí o borrarlo todo cuando quieras.",
    keeping_saving: "Tus respuestas, tus resultados anteriores y tu lista se guardan en este navegador hasta que los borres.",
    keeping_session: "No se guarda nada de esta pestaña en este dispositivo. Tus respuestas y tu lista desaparecerán al recargarla o cerrarla.",
    keeping_unavailable: "Este navegador no deja que la página guarde nada, así que tus respuestas y tu lista desaparecerán al cerrarla. Puedes descargar una copia para conservarlas.",
    session_only_badge: "Sin guardar en este dispositivo",
    intro_point_not_kept: "Puedes parar cuando quieras. Ahora mismo no se guarda nada en este dispositivo, así que tus respuestas solo duran mientras esta página siga abierta.",
    session_only_start: "No guardar nada en este dispositivo",
    session_only_confirm: "¿Dejar de guardar en este dispositivo mientras usas esta pestaña? Se borrará lo que hay guardado ahora. Tus respuestas y tu lista seguirán en pantalla hasta que recargues o cierres la pestaña.",
    session_only_yes: "Sí, dejar de guardar",
    session_only_stop: "Volver a guardar en este dispositivo",
    session_only_on: "Ahora no se guarda nada de esta pestaña en este dispositivo.",
    session_only_off: "Tus respuestas y tu lista vuelven a guardarse en este dispositivo.",
    cancel: "Cancelar",
    persist_title: "A salvo de limpiezas",
    persist_granted: "Este navegador se ha comprometido a conservar estos datos aunque el dispositivo se quede sin espacio.",
    persist_not_yet: "Cuando un dispositivo se queda sin espacio, el navegador puede borrar lo que guardan los sitios. Puedes pedirle a este navegador que conserve estos datos.",
    persist_ask: "Pedir al navegador que los conserve",
    persist_refused: "Esta vez el navegador no ha aceptado. Descargar una copia es la forma más segura de conservar tus datos.",
    export_title: "Descargar una copia",
    export_lead: "Un archivo pequeño con tus respuestas, tus resultados anteriores y tu lista, que puedes recuperar aquí o en otro dispositivo. Guárdalo en un lugar privado: quien tenga el archivo puede leerlo.",
    export_button: "Descargar una copia",
    export_started: "Tu copia se está descargando.",
    export_failed: "Este navegador no ha permitido iniciar la descarga.",
    backup_title: "Datos guardados que esta página no puede mostrar",
    backup_lead: "Algo de lo guardado aquí no se pudo leer, o se guardó con una versión más reciente de esta reflexión, así que esta página no puede mostrarlo. Se conserva tal cual, y borrarlo todo lo eliminaría: puedes descargarlo antes, para conservarlo o para pedir ayuda para recuperarlo.",
    backup_button: "Descargar la copia ilegible",
    import_title: "Recuperar una copia",
    import_lead: "Elige un archivo que hayas descargado de esta reflexión. Verás lo que contiene antes de que cambie nada.",
    import_choose: "Elegir un archivo",
    import_too_large: |bytes| format!("Ese archivo es demasiado grande para ser una copia de esta reflexión ({} kB; las copias ocupan mucho menos de 1000 kB). No se ha cambiado nada.", bytes.div_ceil(1000)),
    import_empty: "Ese archivo está vacío. No se ha cambiado nada.",
    import_not_nearer: "Ese archivo no es una copia de esta reflexión. No se ha cambiado nada.",
    import_newer: "Esa copia se hizo con una versión más reciente de esta reflexión, que esta página todavía no puede leer. No se ha cambiado nada.",
    import_damaged: "Esa copia está dañada, así que no se puede recuperar con seguridad. No se ha cambiado nada.",
    import_too_many: |items, max| format!("Esa copia tiene {items} momentos en su lista, más de los que caben en una lista ({max}). No se ha cambiado nada."),
    import_read_failed: "No se ha podido abrir ese archivo. No se ha cambiado nada.",
    import_preview_title: "Lo que contiene esta copia",
    import_preview_answers: |file, here, total| format!("Respuestas: {file} de {total} afirmaciones (aquí: {here})"),
    import_preview_list: |file, new, here| match file {
        1 => format!("Lista: 1 momento; {new} no están en este dispositivo (aquí: {here})"),
        n => format!("Lista: {n} momentos; {new} no están en este dispositivo (aquí: {here})"),
    },
    import_preview_practised: |file, here| format!("Días practicados: {file} (aquí: {here})"),
    import_preview_history: |file, here| format!("Resultados anteriores: {file} (aquí: {here})"),
    import_replace: "Sustituir lo que hay aquí",
    import_replace_hint: "Sustituir lo que hay aquí: este dispositivo se queda exactamente con lo que contiene la copia.",
    import_merge: "Añadir a lo que hay aquí",
    import_merge_hint: "Añadir a lo que hay aquí: conserva todo lo de este dispositivo y añade lo que solo tiene la copia. Si ya tienes respuestas aquí, se mantienen.",
    import_done: "Tu copia está de vuelta.",
    import_left_out: |n| match n {
        1 => "1 momento no cabía en tu lista y se ha quedado fuera.".to_string(),
        n => format!("{n} momentos no cabían en tu lista y se han quedado fuera."),
    },
    delete_title: "Borrarlo todo",
    delete_lead: "Elimina de este navegador tus respuestas, tus resultados anteriores, tus notas y tu lista. No se puede deshacer, así que descarga antes una copia si quizá la quieras recuperar.",
    delete_button: "Borrarlo todo",
    delete_confirm: "¿Borrar todo lo que esta reflexión guarda en este dispositivo?",
    delete_yes: "Sí, borrarlo todo",
    delete_no: "Conservarlo",
    deleted: "Se ha borrado todo de este dispositivo.",
    delete_failed: "Una parte no se ha podido borrar porque el navegador no lo ha permitido. Vuelve a intentarlo o borra los datos de este sitio en los ajustes del navegador.",
    notice_deleted_elsewhere: "Se borró todo en otra pestaña o ventana, así que esta página también ha empezado de cero.",
    notice_see_data: "Ver tus opciones",

    quick_exit: "Salir rápido",
    quick_exit_hint: "Sale de esta página al instante. También puedes pulsar Escape dos veces.",
    unsafe_summary: "Si no te sientes a salvo",
    intro_shared: "¿Usas un dispositivo compartido? Lo que se guarde aquí lo podrá ver la próxima persona que abra esta página en este navegador.",
    intro_shared_link: "Elegir qué se guarda",
    safety_more: "Más ayuda y apoyo",
    safety_call: |phone| format!("Llamar al {phone}"),
};

const fn t(title: &'static str, how_to: &'static str) -> MomentText {
    MomentText { title, how_to }
}

/// Spanish, in the order of `MOMENTS`.
pub static MOMENTS_ES: [MomentText; MOMENT_COUNT] = [
    t("Sostén su mirada un momento", "Al saludar o al despedirte, haz una pausa y mira de verdad a tu pareja durante una o dos respiraciones. Con calidez, sin buscar nada."),
    t("Pregunta de verdad cómo fue su día", "Al final del día, haz una pregunta cálida y escucha toda la respuesta antes de contar lo tuyo."),
    t("Aparta el teléfono diez minutos", "Durante la cena o antes de dormir, deja tu teléfono en otra habitación. No hace falta anunciarlo: basta con estar ahí."),
    t("Llega del todo antes de hablar", "Antes de cruzar la puerta al final del día, respira despacio tres veces, para encontrarte con tu pareja siendo tú y no el resto de tu día."),
    t("Agradece una cosa concreta", "Menciona algo que tu pareja hizo hoy y lo que significó para ti. Lo concreto vale más que lo grandioso: \"Gracias por llamar a la escuela.\""),
    t("Di \"gracias por esperarme\"", "Cuando llegues tarde, cambia \"perdón por llegar tarde\" por \"gracias por esperarme\". Así una disculpa se convierte en reconocimiento."),
    t("Nombra el trabajo que nadie ve", "Elige algo que tu pareja hace por la casa o la familia y que casi nunca se menciona, y dile en voz alta que lo has notado."),
    t("Deja una nota de agradecimiento", "Escribe dos líneas sobre algo que valoras de tu pareja y déjala donde la vaya a encontrar. Sin pedir nada a cambio."),
    t("Pregunta por algo que le apasione", "Aprende un poco sobre uno de sus intereses; luego pregúntale por él con la mente abierta y sigue el hilo que te proponga."),
    t("Haz una pregunta abierta", "En lugar de \"¿Qué tal tu día?\", prueba con \"¿Qué fue lo mejor de hoy?\" y escucha la respuesta con curiosidad."),
    t("Pregunta qué le hace sentir cerca de ti", "En un momento tranquilo, pregúntale qué le hace sentirse cerca de ti. No siempre es algo físico: puede ser ayuda, palabras o tiempo."),
    t("Pregunta \"¿Cómo te puedo ayudar hoy?\"", "Pregúntalo una vez, con sencillez, y haz lo que te diga si puedes. Si la respuesta es \"nada\", también está bien."),
    t("Encárgate en silencio de una de sus tareas", "Elige una tarea que no le guste y hazla sin anunciarlo ni llevar la cuenta."),
    t("Hazle la mañana un poco más fácil", "Prepárale el café, despeja la entrada o deja lista la mochila: una cosa pequeña para que empiece el día con más calma."),
    t("Di una cosa que extrañas", "En lugar de señalar lo que salió mal, dile una cosa que extrañas: \"Extraño lo mucho que nos reíamos en los viajes.\""),
    t("Di que te encantaría volver a ser un equipo", "Prueba con \"Me encantaría que volviéramos a sentirnos un equipo\" en lugar de quejarte de quién hace qué."),
    t("Convierte una queja en un deseo", "Cuando notes que te viene una queja, di en su lugar lo que deseas: \"Ojalá tuviéramos más tardes como la del domingo pasado.\""),
    t("Haz una pausa cuando suba la tensión", "Cuando notes que tu voz se acelera, pide una pausa de veinte minutos y vuelve al tema cuando haya más calma."),
    t("Habla del presente, no de peleas pasadas", "Limita una conversación difícil a lo que está pasando esta semana. Las historias viejas pueden esperar a un día más tranquilo, o quedarse atrás."),
    t("Describe lo que sientes, no a tu pareja", "Di \"Esta noche me sentí al margen\" en vez de \"Siempre me ignoras\". Los sentimientos invitan a escuchar; las etiquetas, a defenderse."),
    t("Interésate por su punto de vista", "En tu próximo desacuerdo, haz una pregunta para entender su postura antes de volver a explicar la tuya."),
    t("Nombra con suavidad un tema evitado", "En un momento tranquilo, di \"Hay algo de lo que me gustaría que habláramos cuando te venga bien\", sin entrar en el tema en ese momento."),
    t("Cumple al pie de la letra un pequeño acuerdo", "Elige algo que dijiste que harías esta semana y hazlo tal como lo prometiste, a tiempo."),
    t("Escucha una historia entera", "Cuando te cuente algo, escucha hasta el final sin interrumpir ni dar consejos. Luego haz una pregunta."),
    t("Repara el malentendido en menos de una hora", "Después de un malentendido, vuelve a hablarlo antes de que pase una hora: \"No me gustó cómo fue eso. ¿Lo intentamos otra vez?\""),
    t("Di a qué hora vuelves, y cúmplelo", "Al salir, da una hora realista de vuelta y manda un mensaje corto si cambia."),
    t("Menciona pronto una pequeña molestia", "Dilo con calma mientras aún es pequeño: \"Me molesta un poco cuando…\". Si lo dices pronto y en pequeño, no crece."),
    t("Comparte algo que te has guardado", "Elige algo modesto que te hayas callado, una preocupación o una esperanza, y cuéntaselo sin pedir nada a cambio."),
    t("Escribe una necesidad que no has dicho", "Tómate diez minutos a solas para ponerle nombre a una necesidad que no has expresado. Nombrarla primero para ti hace más fácil decirla con cariño."),
    t("Habla de un valor compartido", "Saca algo que sea importante para tu pareja y para ti, como la familia, la justicia o la aventura, y pregúntale qué significa hoy en su vida."),
    t("Sueña en pareja con algo del futuro", "Dedica una tarde a imaginar con tu pareja un pequeño plan de futuro: un viaje, un jardín, una tradición. No hace falta decidir nada; basta con soñar."),
    t("Recupera un plan de los de antes", "Propón retomar algo que al principio era un placer compartido, lo bastante sencillo como para que de verdad pueda hacerse este mes."),
    t("Empieza un pequeño ritual", "Propón algo pequeño y regular, como un café el domingo o un paseo por la tarde, y tómatelo con ligereza si alguna semana no sale."),
    t("Vuelve a algo que te hacía feliz", "Retoma algo que antes te encantaba hacer, solo para ti: la música, un deporte, una amistad, una afición. Dale un lugar en tu semana."),
    t("Cuida tu cuerpo y descansa", "Elige una cosa: acostarte antes, caminar al aire libre, una comida de verdad. El descanso no es un premio que primero tengas que ganarte."),
    t("Revisa primero tu propio tono", "Antes de una conversación, fíjate en cómo te sientes y en cómo podrías sonar. Empezar con más suavidad suele marcar casi toda la diferencia."),
    t("Habla con alguien que esté de tu lado", "Llama a una amistad, a alguien de tu familia o a un servicio de orientación, y deja que te escuchen. No tienes que cargar con todo sin ayuda."),
    t("Da espacio en lugar de perseguir", "Deja pasar las ganas de volver a llamar o escribir. El espacio que se da con libertad acerca más a menudo que la presión."),
    t("Envía un mensaje breve y cálido", "Si te parece bien, envía unas palabras ligeras, sin preguntas ni peticiones: \"Me acordé de ti. Ojalá tengas una buena semana.\""),
    t("Mantén la calma ante las señales contradictorias", "Si un día hay cercanía y al siguiente distancia, intenta no reaccionar a cada vaivén. Obsérvalo, respira y sigue tu rumbo."),
    t("Mantén estable tu propia vida", "Llena tus días de personas y rutinas que te sostengan. Una vida estable te protege, pase lo que pase."),
    t("Deja que el silencio de hoy sea solo eso", "Si hoy no sabes nada de tu pareja, déjalo estar. El silencio no es un veredicto, y no necesita una respuesta tuya."),
];

/// Indexed by `Kind::index`.
pub static KIND_NAMES_ES: [&str; 11] = [
    "Presencia",
    "Aprecio",
    "Curiosidad",
    "Echar una mano",
    "Anhelo, no reproche",
    "Conversaciones difíciles, con calma",
    "Ser de fiar",
    "Sinceridad",
    "Sentido compartido",
    "Primero tú",
    "Si tu pareja se ha alejado",
];

/// Indexed by `Effort::index`.
pub static EFFORT_NAMES_ES: [&str; 3] = ["Mínimo", "Pequeño", "Un poco más"];

/// Indexed by `TimeNeeded::index`.
pub static TIME_NAMES_ES: [&str; 3] = ["Un minuto", "Unos diez minutos", "Una tarde"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::moments::MOMENTS_EN;
    use std::collections::HashSet;

    /// The same limits the English catalogue keeps, so cards lay out alike.
    #[test]
    fn moment_texts_are_short_and_distinct() {
        let titles: HashSet<_> = MOMENTS_ES.iter().map(|t| t.title).collect();
        assert_eq!(titles.len(), MOMENTS_ES.len());
        for (es, en) in MOMENTS_ES.iter().zip(&MOMENTS_EN) {
            assert!(es.title.chars().count() <= 60, "{}", es.title);
            assert!(es.how_to.chars().count() <= 220, "{}", es.how_to);
            assert_ne!(es.title, en.title);
            assert_ne!(es.how_to, en.how_to);
        }
    }

    /// Spanish quotes and questions: every "¿" is closed by a "?", and
    /// straight double quotes come in pairs.
    #[test]
    fn punctuation_is_balanced() {
        let mut texts: Vec<&str> = MOMENTS_ES
            .iter()
            .flat_map(|m| [m.title, m.how_to])
            .collect();
        texts.extend(ES.statements);
        texts.extend(
            ES.sources
                .iter()
                .flat_map(|s| [s.name, s.looks_like, s.first_step]),
        );
        texts.extend(ES.starters.iter().flat_map(|&(a, b)| [a, b]));
        texts.extend([ES.apart_question, ES.safety_question, ES.statements_title]);
        for text in texts {
            assert_eq!(
                text.matches('¿').count(),
                text.matches('?').count(),
                "{text}"
            );
            assert_eq!(text.matches('"').count() % 2, 0, "{text}");
        }
    }
}
