/*
 * The "Nearer reflection" block in the editor: sidebar controls for every
 * option, and a static placeholder in the content (the live widget shows on
 * the published page; the editor never runs it). Plain JavaScript on the
 * wp.* globals, no build step. The block renders on the server
 * (block.json "render"), so it saves nothing but its attributes.
 */
(function (wp) {
	'use strict';
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var __ = wp.i18n.__;
	var be = wp.blockEditor;
	var c = wp.components;
	// the languages the widget ships (English built in, the others in lang/), each named in itself
	var LANGUAGES = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch' };

	// The widget's own rules (src/domain/config.rs), repeated here only to
	// warn the coach early; the widget checks again and has the last word.
	function parseColour(text) {
		var t = String(text || '').trim().toLowerCase();
		var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);
		if (m) {
			var h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
			return [0, 2, 4].map(function (i) { return parseInt(h.slice(i, i + 2), 16); });
		}
		m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(t);
		if (m && m.slice(1).every(function (v) { return Number(v) <= 255; })) return m.slice(1).map(Number);
		return null;
	}
	function luminance(rgb) {
		var lin = rgb.map(function (v) {
			var x = v / 255;
			return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
		});
		return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
	}
	function contrast(a, b) {
		var x = luminance(a), y = luminance(b);
		return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
	}
	function mix(a, b, t) {
		return a.map(function (v, i) { return Math.round(v + (b[i] - v) * t); });
	}
	var WHITE = [255, 255, 255];
	var MUTED = [0x5a, 0x52, 0x4a];
	function accentProblem(text) {
		if (!text) return '';
		var rgb = parseColour(text);
		if (!rgb) return __('Not a colour the reflection understands (#rgb, #rrggbb or rgb(r, g, b)); it will use its own.', 'nearer');
		if (contrast(rgb, WHITE) < 4.5) return __('White button text on this colour is hard to read; the reflection will use its own. Choose a deeper colour.', 'nearer');
		return '';
	}
	function surfaceProblem(text) {
		if (!text) return '';
		var rgb = parseColour(text);
		if (!rgb) return __('Not a colour the reflection understands (#rgb, #rrggbb or rgb(r, g, b)); it will use its own.', 'nearer');
		if (contrast(MUTED, mix(rgb, [0x8a, 0x70, 0x50], 0.07)) < 4.5) return __('Grey text would be hard to read on this colour; the reflection will use its own. Choose a lighter colour.', 'nearer');
		return '';
	}
	function urlProblem(text, tel) {
		var t = String(text || '').trim();
		if (!t) return '';
		var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t);
		var allowed = tel ? ['http', 'https', 'tel'] : ['http', 'https'];
		if (/\s/.test(t) || (scheme && allowed.indexOf(scheme[1].toLowerCase()) < 0)) {
			return tel
				? __('Only a web address (https://…), a phone link (tel:…) or an address on this site (/…) is used.', 'nearer')
				: __('Only a web address (https://…) or an address on this site (/…) is used.', 'nearer');
		}
		return '';
	}
	function namespaceProblem(text) {
		if (!text) return '';
		return /^[a-z0-9_-]{1,40}$/.test(text) ? '' : __('Use 1 to 40 of a-z, 0-9, - and _; otherwise the default is used.', 'nearer');
	}

	var PARTS = ['assessment', 'moments', 'list'];
	function partsOf(text) {
		var words = String(text || '').toLowerCase().split(/[\s,]+/).filter(Boolean);
		return words.length ? words : PARTS.slice();
	}
	function partsText(list) {
		var chosen = PARTS.filter(function (p) { return list.indexOf(p) >= 0; });
		return chosen.length === PARTS.length ? '' : chosen.join(' ');
	}

	function text(props, name, label, extra) {
		return el(c.TextControl, Object.assign({
			label: label,
			value: props.attributes[name],
			onChange: function (v) { var a = {}; a[name] = v; props.setAttributes(a); },
		}, extra || {}));
	}
	function colour(props, name, label, presets, problem) {
		var value = props.attributes[name];
		return el('div', { className: 'nearer-editor-colour' },
			el(c.BaseControl, { id: 'nearer-' + name, label: label, help: problem(value) || __('Leave empty for the reflection\'s own colour.', 'nearer') },
				el(c.ColorPalette, {
					colors: presets,
					value: value || undefined,
					clearable: true,
					onChange: function (v) { var a = {}; a[name] = v || ''; props.setAttributes(a); },
				})));
	}

	function Sidebar(props) {
		var a = props.attributes;
		var parts = partsOf(a.parts);
		function setPart(part, on) {
			var next = parts.filter(function (p) { return p !== part; });
			if (on) next.push(part);
			// moments go onto the list, so choosing moments brings the list
			if (part === 'moments' && on && next.indexOf('list') < 0) next.push('list');
			if (!next.length) return;
			props.setAttributes({ parts: partsText(next) });
		}
		return el(be.InspectorControls, {},
			el(c.PanelBody, { title: __('Language', 'nearer'), initialOpen: true },
				el(c.SelectControl, {
					label: __('Language', 'nearer'),
					value: a.lang,
					options: [{ value: '', label: __('The page\'s language', 'nearer') }].concat(
						Object.keys(LANGUAGES).map(function (tag) { return { value: tag, label: LANGUAGES[tag] }; })
					),
					onChange: function (v) { props.setAttributes({ lang: v }); },
				})),
			el(c.PanelBody, { title: __('Sections shown', 'nearer'), initialOpen: false },
				el(c.CheckboxControl, { label: __('Reflection (the questions and results)', 'nearer'), checked: parts.indexOf('assessment') >= 0, onChange: function (on) { setPart('assessment', on); } }),
				el(c.CheckboxControl, { label: __('Small moments to choose from', 'nearer'), checked: parts.indexOf('moments') >= 0, onChange: function (on) { setPart('moments', on); } }),
				el(c.CheckboxControl, {
					label: __('Personal action list', 'nearer'),
					checked: parts.indexOf('list') >= 0,
					disabled: parts.indexOf('moments') >= 0,
					help: parts.indexOf('moments') >= 0 ? __('Shown with the small moments: chosen moments go onto the list.', 'nearer') : undefined,
					onChange: function (on) { setPart('list', on); },
				})),
			el(c.PanelBody, { title: __('Colours', 'nearer'), initialOpen: false },
				colour(props, 'accent', __('Accent (buttons and highlights)', 'nearer'), [
					{ name: 'Plum', color: '#8a3b5c' }, { name: 'Deep teal', color: '#2c5f5d' },
					{ name: 'Violet', color: '#5b4a8b' }, { name: 'Rust', color: '#8a4b1f' },
				], accentProblem),
				colour(props, 'surface', __('Background (light theme)', 'nearer'), [
					{ name: 'Warm white', color: '#fffaf6' }, { name: 'White', color: '#ffffff' },
					{ name: 'Linen', color: '#f8f4ec' }, { name: 'Mist', color: '#f3f6f5' },
				], surfaceProblem)),
			el(c.PanelBody, { title: __('Call to action', 'nearer'), initialOpen: false },
				el('p', {}, __('Shown after the results and under the list. Both are needed.', 'nearer')),
				text(props, 'ctaLabel', __('Label', 'nearer'), { placeholder: __('Book a free consultation', 'nearer') }),
				text(props, 'ctaUrl', __('Link', 'nearer'), { type: 'url', placeholder: 'https://', help: urlProblem(a.ctaUrl, false) })),
			el(c.PanelBody, { title: __('Safety resources', 'nearer'), initialOpen: false },
				el('p', {}, __('Local support for the "if you feel unsafe" note. Without them the reflection gives general advice.', 'nearer')),
				el(c.TextareaControl, { label: __('Text', 'nearer'), value: a.safetyText, onChange: function (v) { props.setAttributes({ safetyText: v }); } }),
				text(props, 'safetyLink', __('Link (web page or tel:)', 'nearer'), { help: urlProblem(a.safetyLink, true) }),
				text(props, 'safetyPhone', __('Phone number', 'nearer'), { type: 'tel' })),
			el(c.PanelBody, { title: __('Quick exit', 'nearer'), initialOpen: false },
				text(props, 'quickExit', __('Page the "Leave quickly" button opens', 'nearer'), {
					type: 'url',
					placeholder: 'https://',
					help: urlProblem(a.quickExit, false) || __('A neutral page. Empty: a web search for the weather.', 'nearer'),
				})),
			el(c.PanelBody, { title: __('Advanced', 'nearer'), initialOpen: false },
				text(props, 'namespace', __('Namespace', 'nearer'), {
					help: namespaceProblem(a.namespace) || __('Where a visitor\'s answers are kept in their browser. Leave empty: the first reflection on a page shares the site\'s default, others get their own. Changing it later starts visitors afresh.', 'nearer'),
				}),
				text(props, 'pack', __('Content pack (element id)', 'nearer'), {
					help: __('The id of a JSON content pack placed on the same page, to use your own words.', 'nearer'),
				})));
	}

	// What the placeholder lists: the options that change what a visitor sees.
	function summary(a) {
		var lines = [__('Language:', 'nearer') + ' ' + (LANGUAGES[a.lang] || a.lang || __('follows the page', 'nearer'))];
		if (a.parts) lines.push(__('Sections:', 'nearer') + ' ' + a.parts);
		if (a.accent && !accentProblem(a.accent)) {
			lines.push([__('Accent:', 'nearer') + ' ', el('span', { key: 's', className: 'nearer-editor-swatch', 'aria-hidden': 'true', style: { display: 'inline-block', width: '1.5em', height: '0.9em', verticalAlign: 'middle', borderRadius: '3px', background: a.accent } }), ' ' + a.accent]);
		}
		if (a.ctaLabel) lines.push(__('Call to action:', 'nearer') + ' ' + a.ctaLabel);
		if (a.namespace) lines.push(__('Namespace:', 'nearer') + ' ' + a.namespace);
		return lines;
	}

	wp.blocks.registerBlockType('nearer/reflection', {
		edit: function (props) {
			var a = props.attributes;
			var blockProps = be.useBlockProps({ className: 'nearer-editor-placeholder' });
			return el(Fragment, {},
				el(Sidebar, props),
				el('div', blockProps,
					el(c.Placeholder, {
						icon: 'heart',
						label: __('Nearer reflection', 'nearer'),
						instructions: __('The private self-reflection appears here on the published page. Visitors\' answers stay in their own browser. Its options are in the block sidebar.', 'nearer'),
					},
					el('ul', { className: 'nearer-editor-summary' },
						summary(a).map(function (line, i) { return el.apply(null, ['li', { key: i }].concat(line)); })))));
		},
		save: function () { return null; },
	});
})(window.wp);
