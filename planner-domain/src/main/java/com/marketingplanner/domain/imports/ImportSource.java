package com.marketingplanner.domain.imports;

/** Where the rows of an import came from. */
public enum ImportSource {

	/** A file uploaded on the Data page or over the REST API. */
	UPLOAD,

	/** The demo plans' generated sample data. */
	SAMPLE_DATA

}
