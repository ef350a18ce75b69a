<?php
// The editor script's dependencies (WordPress globals it uses) and version:
// written by hand, since editor.js is plain JavaScript with no build step.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '@VERSION@',
);
